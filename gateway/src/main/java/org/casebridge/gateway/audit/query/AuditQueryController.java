package org.casebridge.gateway.audit.query;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.AstPrinter;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;

import org.casebridge.connector.Source;
import org.casebridge.gateway.audit.AuditCaller;
import org.casebridge.gateway.audit.AuditCriteria;
import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.audit.AuditEventType;
import org.casebridge.gateway.audit.AuditOutcome;
import org.casebridge.gateway.audit.AuditRecords;
import org.casebridge.gateway.audit.AuditRequestInterceptor;
import org.casebridge.gateway.audit.AuditTrail;
import org.casebridge.gateway.audit.AuditUnavailableException;
import org.casebridge.gateway.audit.query.AuditFilterInput.InvalidAuditFilterException;
import org.casebridge.gateway.disclosure.Disclosed;
import org.casebridge.gateway.disclosure.PersonKey;
import org.casebridge.gateway.graphql.CodedException;
import org.casebridge.gateway.graphql.ErrorCode;
import org.casebridge.gateway.identity.InvalidHandleException;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.identity.PersonHandles;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/**
 * The auditors' questions over GraphQL. Each answer is recorded as an AUDIT_QUERY event
 * before it is returned (a refused attempt is recorded as ACCESS_DENIED by the gateway's
 * refusal auditing): reading the trail leaves a trail. A person is asked about by the
 * keyed hashes of their identity keys, so every access to any of their records is found
 * whatever handle, search, role or client reached them; the auditor's own question names
 * the person only in its criteria and is never counted as an access to them.
 */
@Controller
class AuditQueryController {

	/** The purpose of use recorded for reading the audit trail. */
	static final String PURPOSE = "AUDIT_REVIEW";

	private static final int MAX_PAGE = 500;

	private static final int MAX_HANDLES = 20;

	private final AuditRecords queries;

	private final AuditTrail trail;

	private final AuditCriteria criteria;

	private final PersonHandles handles;

	AuditQueryController(AuditRecords queries, AuditTrail trail, AuditCriteria criteria, PersonHandles handles) {
		this.queries = queries;
		this.trail = trail;
		this.criteria = criteria;
		this.handles = handles;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('AUDITOR','SECURITY_OFFICER')")
	AuditEventConnection auditEvents(@Argument AuditFilterInput filter, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		int size = (first != null) ? first : 50;
		if (size < 1 || size > MAX_PAGE) {
			throw new InvalidAuditFilterException("first must be between 1 and " + MAX_PAGE);
		}
		Long before = (after != null) ? AuditEventConnection.seqOf(after) : null;
		AuditRecords.Search query = query(filter);
		List<AuditRecords.Recorded> rows = this.queries.find(query, before, size + 1);
		List<AuditRecords.Recorded> page = rows.subList(0, Math.min(size, rows.size()));
		recordRead(filter, environment, page.size());
		return AuditEventConnection.of(page, rows.size() > size);
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('AUDITOR','SECURITY_OFFICER')")
	List<AuditAccessSummaryView> auditAccessSummary(@Argument AuditFilterInput filter,
			DataFetchingEnvironment environment) {
		List<AuditRecords.AccessSummary> found = this.queries.summarize(query(filter), MAX_PAGE + 1);
		if (found.size() > MAX_PAGE) {
			// never a silently shortened answer
			throw new InvalidAuditFilterException("more than " + MAX_PAGE
					+ " users and clients match; narrow the filter or page through auditEvents");
		}
		List<AuditAccessSummaryView> rows = found.stream().map(AuditAccessSummaryView::of).toList();
		recordRead(filter, environment, rows.size());
		return rows;
	}

	private AuditRecords.Search query(AuditFilterInput filter) {
		filter.validate();
		List<String> personKeys = filter.asksForPerson() ? personKeys(filter) : null;
		return new AuditRecords.Search(filter.from(), filter.to(), personKeys,
				AuditFilterInput.blankToNull(filter.subject()), AuditFilterInput.blankToNull(filter.clientId()),
				filter.fieldGroupId(), AuditFilterInput.names(filter.types()),
				AuditFilterInput.names(filter.outcomes()));
	}

	/**
	 * The keyed hashes the trail holds for the person asked about: each handle's agency
	 * records, SSN and name with date of birth, and the SSN or case number given.
	 */
	private List<String> personKeys(AuditFilterInput filter) {
		List<String> given = filter.handles();
		if (given.size() > MAX_HANDLES) {
			throw new InvalidAuditFilterException("at most " + MAX_HANDLES + " handles");
		}
		Set<PersonKey> keys = new LinkedHashSet<>();
		for (String handle : given) {
			PersonHandle opened;
			try {
				opened = this.handles.open(handle);
			}
			catch (InvalidHandleException ex) {
				throw new InvalidAuditFilterException("a person handle is unknown, altered or expired; search again");
			}
			for (java.util.Map.Entry<Source, String> record : opened.records().entrySet()) {
				keys.add(PersonKey.agencyRecord(record.getKey().id(), record.getValue()));
			}
			PersonKey.ssn(opened.ssn()).ifPresent(keys::add);
			PersonKey.nameAndDateOfBirth(opened.lastName(), opened.firstName(), opened.dateOfBirth())
				.ifPresent(keys::add);
		}
		AuditFilterInput.AuditPersonInput person = filter.person();
		if (person != null && AuditFilterInput.blankToNull(person.ssn()) != null) {
			keys.add(PersonKey.ssn(person.ssn())
				.orElseThrow(() -> new InvalidAuditFilterException("person.ssn must have nine digits")));
		}
		if (person != null) {
			PersonKey.caseNumber(person.caseNumber()).ifPresent(keys::add);
		}
		return keys.stream().map(this.criteria::hashPersonKey).toList();
	}

	private void recordRead(AuditFilterInput filter, DataFetchingEnvironment environment, int returned) {
		Map<String, String> asked = new LinkedHashMap<>(filter.asCriteria());
		AuditFilterInput.AuditPersonInput person = filter.person();
		if (person != null && PersonKey.ssn(person.ssn()).isPresent()) {
			asked.put("ssn", this.criteria.hashSsn(person.ssn()));
		}
		if (person != null && AuditFilterInput.blankToNull(person.caseNumber()) != null) {
			asked.put("caseNumber", person.caseNumber().trim());
		}
		// the person asked about is named only here, never among the people disclosed
		Disclosed disclosed = new Disclosed(PURPOSE, asked,
				filter.handles().stream().map(AuditEvent::fingerprintHandle).toList(), null, null, null, null, false,
				false, null);
		try {
			this.trail.record(request(AuditEventType.AUDIT_QUERY, AuditOutcome.SUCCESS, environment, disclosed,
					"returned:" + returned));
		}
		catch (AuditUnavailableException ex) {
			throw new CodedException(ErrorCode.AUDIT_UNAVAILABLE,
					"The audit trail cannot record this query right now; nothing was returned.");
		}
	}

	private static AuditEvent request(AuditEventType type, AuditOutcome outcome, DataFetchingEnvironment environment,
			Disclosed disclosed, String detail) {
		AuditCaller caller = AuditCaller.of(SecurityContextHolder.getContext().getAuthentication());
		OperationDefinition operation = environment.getOperationDefinition();
		String documentHash = environment.getGraphQlContext().get(AuditRequestInterceptor.DOCUMENT_HASH);
		if (documentHash == null) {
			documentHash = AuditEvent.hashDocument(AstPrinter.printAstCompact(environment.getDocument()));
		}
		return new AuditEvent(type, null, caller,
				environment.getGraphQlContext().get(AuditRequestInterceptor.CLIENT_ADDRESS),
				(operation != null && operation.getName() != null) ? operation.getName()
						: environment.getField().getName(),
				documentHash, disclosed, outcome, detail);
	}

	/** One row of {@code auditAccessSummary}. */
	record AuditAccessSummaryView(String subject, String clientId, int events, Instant firstAt, Instant lastAt) {

		static AuditAccessSummaryView of(AuditRecords.AccessSummary row) {
			return new AuditAccessSummaryView(row.subject(), row.clientId(),
					(int) Math.min(Integer.MAX_VALUE, row.events()), row.firstAt(), row.lastAt());
		}

	}

}
