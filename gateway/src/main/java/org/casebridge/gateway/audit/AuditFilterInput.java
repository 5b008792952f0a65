package org.casebridge.gateway.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casebridge.gateway.audit.internal.TrailQueries;

/**
 * The {@code AuditFilter} GraphQL input. The period is bounded so one question cannot
 * pull the whole trail.
 */
record AuditFilterInput(Instant from, Instant to, String personHandle, String subject, String clientId,
		String fieldGroup, List<AuditEventType> types, List<AuditOutcome> outcomes) {

	static final Duration MAX_PERIOD = Duration.ofDays(366);

	TrailQueries.Filter toQuery() {
		Instant start = this.from;
		Instant end = this.to;
		if (!end.isAfter(start)) {
			throw new InvalidAuditFilterException("to must be after from");
		}
		if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
			throw new InvalidAuditFilterException("the period may be at most 366 days");
		}
		return new TrailQueries.Filter(start, end, blankToNull(this.personHandle), blankToNull(this.subject),
				blankToNull(this.clientId), blankToNull(this.fieldGroup), names(this.types), names(this.outcomes));
	}

	/**
	 * The filter as recorded in the AUDIT_QUERY event (the person handle goes elsewhere).
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

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static List<String> names(List<? extends Enum<?>> values) {
		return (values != null) ? values.stream().map(Enum::name).toList() : List.of();
	}

	/** The filter cannot be used; the message says why and holds no personal data. */
	static class InvalidAuditFilterException extends RuntimeException {

		InvalidAuditFilterException(String message) {
			super(message);
		}

	}

}
