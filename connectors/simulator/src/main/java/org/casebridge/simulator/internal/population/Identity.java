package org.casebridge.simulator.internal.population;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person as one agency recorded them, dirty data included.
 *
 * @param recordId the agency's own id for the person
 * @param middle full name or initial, null when none was recorded
 * @param dateOfBirth as recorded; estimated when {@code dateOfBirthEstimated}
 * @param ssn nine digits as recorded (possibly mistyped), null when the agency has none
 * @param caseNumbers the agency's cases (or birth certificates) the person appears on,
 * the most relevant first
 * @param updated when the agency last changed the record
 */
public record Identity(String recordId, String first, String middle, String last, List<Alias> aliases,
		LocalDate dateOfBirth, boolean dateOfBirthEstimated, String ssn, List<String> caseNumbers, Instant updated) {

	public Identity {
		aliases = List.copyOf(aliases);
		caseNumbers = List.copyOf(caseNumbers);
	}

	/** "First Last" as the agency has it. */
	public String fullName() {
		return this.first + " " + this.last;
	}

	/** Another name the agency holds for the person. */
	public record Alias(String first, String last, Kind kind) {

		public enum Kind {

			AKA, MAIDEN

		}

	}

}
