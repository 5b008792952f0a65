package org.casebridge.gateway.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.AstPrinter;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.casebridge.gateway.audit.AuditFilterInput.InvalidAuditFilterException;
import org.casebridge.gateway.audit.internal.ChainedRecord;
import org.casebridge.gateway.audit.internal.TrailQueries;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/**
 * The auditors' questions over GraphQL. Each answer is recorded as an AUDIT_QUERY event
 * before it is returned, and each refused attempt as ACCESS_DENIED: reading the trail
 * leaves a trail.
 */
@Controller
class AuditQueryController {

	private static final Log logger = LogFactory.getLog(AuditQueryController.class);

	/** The purpose of use recorded for reading the audit trail. */
	static final String PURPOSE = "AUDIT_REVIEW";

	private static final int MAX_PAGE = 500;

	private final TrailQueries queries;

	private final AuditTrail trail;

	AuditQueryController(TrailQueries queries, AuditTrail trail) {
		this.queries = queries;
		this.trail = trail;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('AUDITOR','SECURITY_OFFICER')")
	AuditEventConnection auditEvents(@Argument AuditFilterInput filter, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		TrailQueries.Filter query = filter.toQuery();
		int size = (first != null) ? first : 50;
		if (size < 1 || size > MAX_PAGE) {
			throw new InvalidAuditFilterException("first must be between 1 and " + MAX_PAGE);
		}
		Long before = (after != null) ? AuditEventConnection.seqOf(after) : null;
		List<ChainedRecord> rows = this.queries.find(query, before, size + 1);
		List<ChainedRecord> page = rows.subList(0, Math.min(size, rows.size()));
		recordRead(filter, environment, page.size());
		return AuditEventConnection.of(page, rows.size() > size);
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('AUDITOR','SECURITY_OFFICER')")
	List<AuditAccessSummaryView> auditAccessSummary(@Argument AuditFilterInput filter,
			DataFetchingEnvironment environment) {
		List<AuditAccessSummaryView> rows = this.queries.summarize(filter.toQuery(), MAX_PAGE)
			.stream()
			.map(AuditAccessSummaryView::of)
			.toList();
		recordRead(filter, environment, rows.size());
		return rows;
	}

	@GraphQlExceptionHandler
	GraphQLError invalidFilter(InvalidAuditFilterException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.BAD_REQUEST, "BAD_REQUEST", ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError auditUnavailable(AuditUnavailableException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.INTERNAL_ERROR, "AUDIT_UNAVAILABLE",
				"The audit trail cannot record this query right now; nothing was returned.");
	}

	@GraphQlExceptionHandler
	GraphQLError denied(AccessDeniedException ex, DataFetchingEnvironment environment) {
		AuditEvent event = request(AuditEventType.ACCESS_DENIED, AuditOutcome.DENIED, environment)
			.detail("AUDIT_ROLE_REQUIRED")
			.build();
		try {
			this.trail.record(event);
		}
		catch (AuditUnavailableException unavailable) {
			logger.warn("Denied audit query could not be recorded: " + unavailable.getMessage());
		}
		return error(environment, ErrorType.FORBIDDEN, "FORBIDDEN", "Forbidden");
	}

	private void recordRead(AuditFilterInput filter, DataFetchingEnvironment environment, int returned) {
		AuditEvent.Builder event = request(AuditEventType.AUDIT_QUERY, AuditOutcome.SUCCESS, environment)
			.detail("returned:" + returned);
		filter.asCriteria().forEach(event::criterion);
		if (filter.personHandle() != null && !filter.personHandle().isBlank()) {
			event.personHandles(List.of(filter.personHandle()));
		}
		if (filter.fieldGroup() != null && !filter.fieldGroup().isBlank()) {
			event.fieldGroupsDisclosed(List.of(filter.fieldGroup()));
		}
		this.trail.record(event.build());
	}

	private static AuditEvent.Builder request(AuditEventType type, AuditOutcome outcome,
			DataFetchingEnvironment environment) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		AuditCaller caller = AuditCaller.of(authentication);
		OperationDefinition operation = environment.getOperationDefinition();
		String documentHash = environment.getGraphQlContext().get(AuditRequestInterceptor.DOCUMENT_HASH);
		if (documentHash == null) {
			documentHash = AuditEvent.hashDocument(AstPrinter.printAstCompact(environment.getDocument()));
		}
		return AuditEvent.builder(type, outcome)
			.subject(caller.subject())
			.roles(caller.roles())
			.clientId(caller.clientId())
			.clientAddress(environment.getGraphQlContext().get(AuditRequestInterceptor.CLIENT_ADDRESS))
			.purposeOfUse(PURPOSE)
			.operationName((operation != null && operation.getName() != null) ? operation.getName()
					: environment.getField().getName())
			.documentHash(documentHash);
	}

	private static GraphQLError error(DataFetchingEnvironment environment, ErrorType type, String code,
			String message) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(type)
			.message(message)
			.extensions(Map.of("code", code))
			.build();
	}

	/** One row of {@code auditAccessSummary}. */
	record AuditAccessSummaryView(String subject, String clientId, int events, Instant firstAt, Instant lastAt) {

		static AuditAccessSummaryView of(TrailQueries.AccessSummary row) {
			return new AuditAccessSummaryView(row.subject(), row.clientId(),
					(int) Math.min(Integer.MAX_VALUE, row.events()), row.firstAt(), row.lastAt());
		}

	}

}
