package org.casebridge.gateway.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import org.casebridge.gateway.disclosure.Disclosure;
import org.casebridge.gateway.graphql.InterceptorOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Audit, then answer: once an operation that touched person data has run, its disclosure
 * record is committed before the response is released. If the record cannot be committed,
 * the caller receives an {@code AUDIT_UNAVAILABLE} error and none of the data.
 */
@Component
@Order(InterceptorOrder.DISCLOSURE_AUDIT)
class DisclosureAuditing implements WebGraphQlInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(DisclosureAuditing.class);

	private static final java.util.regex.Pattern NAMED_OPERATION = java.util.regex.Pattern
		.compile("\\b(query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]{0,99})");

	/** The auditors' person lookup, recorded as their query. */
	private static final String AUDIT_PEOPLE = "auditPeople";

	private final AuditTrail trail;

	private final AuditCriteria criteria;

	DisclosureAuditing(AuditTrail trail, AuditCriteria criteria) {
		this.trail = trail;
		this.criteria = criteria;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		Instant received = Instant.now();
		String operationName = operationName(request);
		return chain.next(request).flatMap((response) -> {
			GraphQLContext context = response.getExecutionInput().getGraphQLContext();
			Disclosure disclosure = Disclosure.find(context);
			Disclosure.Snapshot snapshot = (disclosure != null) ? disclosure.snapshot() : null;
			if (snapshot == null || !snapshot.touchedPersonData()) {
				return refusal(response, caller, context, received, operationName);
			}
			// no thread waits for the commit: the response is released when it completes
			return Mono
				.fromFuture(
						() -> this.trail.commit(event(snapshot, response, caller, context, received, operationName)))
				.thenReturn(response)
				.onErrorResume(AuditUnavailableException.class, (ex) -> {
					logger.error("Disclosure withheld: the audit trail could not record it");
					return Mono
						.just(response.transform((builder) -> builder.data(null).errors(List.of(auditUnavailable()))));
				});
		});
	}

	/**
	 * An operation that touched no person data but was refused — a policy operation or an
	 * audit query to a caller without the role, an operation over the API's limits —
	 * leaves one ACCESS_DENIED record. Nothing was disclosed, so the refusal is answered
	 * even if the record cannot be written (which is logged).
	 */
	private Mono<WebGraphQlResponse> refusal(WebGraphQlResponse response, Authentication caller, GraphQLContext context,
			Instant received, String operationName) {
		String code = refusalCode(response.getErrors());
		if (code == null) {
			return Mono.just(response);
		}
		AuditEvent event = new AuditEvent(AuditEventType.ACCESS_DENIED, received,
				(caller != null) ? AuditCaller.of(caller) : null, context.get(AuditRequestInterceptor.CLIENT_ADDRESS),
				truncate((operationName != null) ? operationName : "anonymous operation"),
				context.get(AuditRequestInterceptor.DOCUMENT_HASH), null, AuditOutcome.DENIED,
				code + refusedFields(response.getErrors()));
		return Mono.fromFuture(() -> this.trail.commit(event))
			.thenReturn(response)
			.onErrorResume(AuditUnavailableException.class, (ex) -> {
				logger.warn("Refusal could not be recorded in the audit trail ({})", ex.getMessage());
				return Mono.just(response);
			});
	}

	/** FORBIDDEN or LIMIT_EXCEEDED, the refusals; null for any other answer. */
	private static String refusalCode(List<ResponseError> errors) {
		for (ResponseError error : errors) {
			Object code = error.getExtensions().get("code");
			if ("FORBIDDEN".equals(code) || "LIMIT_EXCEEDED".equals(code)) {
				return code.toString();
			}
		}
		return null;
	}

	/** The refused top-level fields, e.g. {@code :setGrant}; schema names, never data. */
	private static String refusedFields(List<ResponseError> errors) {
		StringBuilder fields = new StringBuilder();
		for (ResponseError error : errors) {
			List<Object> path = error.getParsedPath();
			if (!path.isEmpty() && fields.indexOf(":" + path.get(0)) < 0 && fields.length() < 120) {
				fields.append(':').append(path.get(0));
			}
		}
		return fields.toString();
	}

	private AuditEvent event(Disclosure.Snapshot snapshot, WebGraphQlResponse response, Authentication caller,
			GraphQLContext context, Instant received, String operationName) {
		AuditOutcome outcome = outcome(snapshot, response.getErrors());
		boolean auditQuery = snapshot.operations().equals(List.of(AUDIT_PEOPLE));
		AuditEventType type = (outcome == AuditOutcome.DENIED) ? AuditEventType.ACCESS_DENIED
				: auditQuery ? AuditEventType.AUDIT_QUERY
						: snapshot.operations().contains("policyPreview") ? AuditEventType.POLICY_PREVIEW
								: snapshot.operations().contains("person") ? AuditEventType.PERSON_VIEW
										: AuditEventType.PERSON_SEARCH;
		// an auditor's lookup names people for a question; it is not an access to them
		List<String> people = auditQuery ? List.of()
				: snapshot.personKeys().stream().map(this.criteria::hashPersonKey).distinct().toList();
		return new AuditEvent(type, received, (caller != null) ? AuditCaller.of(caller) : null,
				context.get(AuditRequestInterceptor.CLIENT_ADDRESS),
				truncate((operationName != null) ? operationName : String.join(",", snapshot.operations())),
				context.get(AuditRequestInterceptor.DOCUMENT_HASH),
				snapshot.facts().protect(this::safe, AuditEvent::fingerprintHandle, people), outcome,
				firstCode(response.getErrors()));
	}

	/**
	 * Criteria are kept only as keyed hashes; a case number is an agency id, not personal
	 * data.
	 */
	private String safe(String name, String value) {
		switch (name) {
			case "ssn":
				return this.criteria.hashSsn(value);
			case "firstName":
			case "lastName":
				return this.criteria.hashName(value);
			case "dateOfBirth":
				return this.criteria.hashDateOfBirth(LocalDate.parse(value));
			default:
				return value;
		}
	}

	private static AuditOutcome outcome(Disclosure.Snapshot snapshot, List<ResponseError> errors) {
		String code = firstCode(errors);
		if ("FORBIDDEN".equals(code)) {
			return AuditOutcome.DENIED;
		}
		if ("BAD_REQUEST".equals(code) || "NOT_FOUND".equals(code)) {
			return AuditOutcome.INVALID;
		}
		if (code != null && !"RESTRICTED".equals(code)) {
			return AuditOutcome.ERROR;
		}
		// an agency the caller chose not to ask (NOT_REQUESTED) is not a failure
		boolean partial = snapshot.facts()
			.sourceOutcomes()
			.values()
			.stream()
			.anyMatch((state) -> !state.equals("OK") && !state.equals("NOT_FOUND") && !state.equals("DENIED")
					&& !state.equals("NOT_REQUESTED"));
		return partial ? AuditOutcome.PARTIAL : AuditOutcome.SUCCESS;
	}

	/**
	 * The first error that says how the operation ended: a restricted field or a section
	 * whose agency did not answer is part of a partial answer, not its outcome.
	 */
	private static String firstCode(List<ResponseError> errors) {
		for (ResponseError error : errors) {
			Object code = error.getExtensions().get("code");
			if (code != null && !"RESTRICTED".equals(code) && !"SOURCE_UNAVAILABLE".equals(code)) {
				return code.toString();
			}
		}
		return null;
	}

	/**
	 * The operation's name as sent, or as named in the document when the request does not
	 * say.
	 */
	private static String operationName(WebGraphQlRequest request) {
		if (request.getOperationName() != null) {
			return request.getOperationName();
		}
		java.util.regex.Matcher named = NAMED_OPERATION.matcher(request.getDocument());
		return named.find() ? named.group(2) : null;
	}

	private static String truncate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) : text;
	}

	private static GraphQLError auditUnavailable() {
		return GraphQLError.newError()
			.message("The disclosure could not be audited, so nothing was disclosed. Try again shortly.")
			.extensions(Map.of("code", "AUDIT_UNAVAILABLE"))
			.build();
	}

}
