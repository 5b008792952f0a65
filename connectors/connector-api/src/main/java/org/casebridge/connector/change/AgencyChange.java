package org.casebridge.connector.change;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.casebridge.connector.Source;

/**
 * One change an agency announced, in canonical terms.
 *
 * @param source the agency that announced it
 * @param eventId the agency's own id for the change, unique at that agency: the key a
 * reader applies it once by
 * @param kind what happened
 * @param agencyPersonId the person the change is about, in the agency's own ids
 * @param caseNumber the agency case the change belongs to, or null
 * @param effectiveDate the day the change took effect (a removal date, a hire date), or
 * null
 * @param recordedAt when the agency recorded it
 */
public record AgencyChange(Source source, String eventId, ChangeKind kind, String agencyPersonId, String caseNumber,
		LocalDate effectiveDate, Instant recordedAt) {

	public AgencyChange {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(agencyPersonId, "agencyPersonId");
		Objects.requireNonNull(recordedAt, "recordedAt");
	}

}
