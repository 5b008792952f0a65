package org.casebridge.gateway.audit.query;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.audit.AuditEventType;
import org.casebridge.gateway.audit.AuditOutcome;
import org.casebridge.gateway.graphql.CodedException;
import org.casebridge.gateway.graphql.ErrorCode;

/**
 * The {@code AuditFilter} GraphQL input. The period is bounded so one question cannot
 * pull the whole trail.
 *
 * @param from start of the period, inclusive
 * @param to end of the period, exclusive
 * @param person the person asked about, or null
 * @param personHandle one handle, as {@code person: {handles: [...]}}; kept for clients
 * that name a single handle
 * @param subject the user or service account
 * @param clientId the client
 * @param fieldGroup a field group disclosed (in full or masked)
 * @param types event types
 * @param outcomes outcomes
 */
record AuditFilterInput(Instant from, Instant to, AuditPersonInput person, String personHandle, String subject,
		String clientId, String fieldGroup, List<AuditEventType> types, List<AuditOutcome> outcomes) {

	static final Duration MAX_PERIOD = Duration.ofDays(366);

	/** Checks what can be checked before the person is resolved. */
	void validate() {
		if (!this.to.isAfter(this.from)) {
			throw new InvalidAuditFilterException("to must be after from");
		}
		if (Duration.between(this.from, this.to).compareTo(MAX_PERIOD) > 0) {
			throw new InvalidAuditFilterException("the period may be at most 366 days");
		}
		if (blankToNull(this.fieldGroup) != null && FieldGroup.fromId(this.fieldGroup.trim()).isEmpty()) {
			throw new InvalidAuditFilterException("fieldGroup is not a field group, e.g. placement.location");
		}
	}

	/** The person's handles, from {@code person.handles} and {@code personHandle}. */
	List<String> handles() {
		List<String> handles = new java.util.ArrayList<>();
		if (this.person != null && this.person.handles() != null) {
			this.person.handles().stream().filter((h) -> h != null && !h.isBlank()).forEach(handles::add);
		}
		if (blankToNull(this.personHandle) != null) {
			handles.add(this.personHandle);
		}
		return handles;
	}

	boolean asksForPerson() {
		return !handles().isEmpty() || (this.person != null
				&& (blankToNull(this.person.ssn()) != null || blankToNull(this.person.caseNumber()) != null));
	}

	String fieldGroupId() {
		return (blankToNull(this.fieldGroup) != null) ? this.fieldGroup.trim() : null;
	}

	/**
	 * The filter as recorded in the AUDIT_QUERY event, without the person (recorded
	 * apart, as hashes and fingerprints).
	 */
	Map<String, String> asCriteria() {
		Map<String, String> criteria = new LinkedHashMap<>();
		criteria.put("from", this.from.toString());
		criteria.put("to", this.to.toString());
		putIfSet(criteria, "subject", this.subject);
		putIfSet(criteria, "clientId", this.clientId);
		putIfSet(criteria, "fieldGroup", this.fieldGroup);
		if (this.types != null && !this.types.isEmpty()) {
			criteria.put("types", String.join(",", names(this.types)));
		}
		if (this.outcomes != null && !this.outcomes.isEmpty()) {
			criteria.put("outcomes", String.join(",", names(this.outcomes)));
		}
		return criteria;
	}

	private static void putIfSet(Map<String, String> criteria, String name, String value) {
		if (value != null && !value.isBlank()) {
			criteria.put(name, value);
		}
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	static List<String> names(List<? extends Enum<?>> values) {
		return (values != null) ? values.stream().map(Enum::name).toList() : List.of();
	}

	/**
	 * The person asked about: handles from the auditor's own search, an SSN or a case
	 * number; each is turned into the keyed hashes the trail holds.
	 *
	 * @param handles handles of one or more candidates (records of one person split
	 * across candidates)
	 * @param ssn an SSN, hashed by the server
	 * @param caseNumber a case number of any agency
	 */
	record AuditPersonInput(List<String> handles, String ssn, String caseNumber) {

	}

	/** The filter cannot be used; the message says why and holds no personal data. */
	static class InvalidAuditFilterException extends CodedException {

		InvalidAuditFilterException(String message) {
			super(ErrorCode.BAD_REQUEST, message);
		}

	}

}
