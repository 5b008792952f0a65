package org.casebridge.simulator;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as one agency recorded them, as the agency serves it: every way a worker could
 * find the record (SSN, name and date of birth, aliases, case numbers). For tests only.
 *
 * @param recordId the agency's own id for the person
 * @param middle full name or initial, null when none was recorded
 * @param dateOfBirth as recorded; estimated when {@code dateOfBirthEstimated}
 * @param ssn nine digits as recorded: null when the agency has none, possibly mistyped or
 * a number the person no longer uses
 * @param caseNumbers the agency's cases (or birth certificates) the person appears on
 */
public record RecordedIdentity(Agency agency, String recordId, String first, String middle, String last,
		List<Alias> aliases, LocalDate dateOfBirth, boolean dateOfBirthEstimated, String ssn,
		List<String> caseNumbers) {

	public RecordedIdentity {
		aliases = List.copyOf(aliases);
		caseNumbers = List.copyOf(caseNumbers);
	}

	/** Another name the agency holds for the person. */
	public record Alias(String first, String last, Kind kind) {

		public enum Kind {

			AKA, MAIDEN

		}

	}

}
