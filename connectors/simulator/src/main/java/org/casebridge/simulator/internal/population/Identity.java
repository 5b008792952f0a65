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
 * @param familyViolence the record carries the family violence indicator (only child
 * support and child welfare have one)
 */
public record Identity(String recordId, String first, String middle, String last, List<Alias> aliases,
		LocalDate dateOfBirth, boolean dateOfBirthEstimated, String ssn, List<String> caseNumbers, Instant updated,
		boolean familyViolence) {

	public Identity {
		aliases = List.copyOf(aliases);
		caseNumbers = List.copyOf(caseNumbers);
	}

	Identity withSsn(String recorded) {
		return new Identity(this.recordId, this.first, this.middle, this.last, this.aliases, this.dateOfBirth,
				this.dateOfBirthEstimated, recorded, this.caseNumbers, this.updated, this.familyViolence);
	}

	Identity withFamilyViolence(boolean flagged) {
		return new Identity(this.recordId, this.first, this.middle, this.last, this.aliases, this.dateOfBirth,
				this.dateOfBirthEstimated, this.ssn, this.caseNumbers, this.updated, flagged);
	}

	Identity withNames(String recordedFirst, String recordedLast, List<Alias> recordedAliases) {
		return new Identity(this.recordId, recordedFirst, this.middle, recordedLast, recordedAliases, this.dateOfBirth,
				this.dateOfBirthEstimated, this.ssn, this.caseNumbers, this.updated, this.familyViolence);
	}

	Identity withEstimatedDateOfBirth(LocalDate estimate) {
		return new Identity(this.recordId, this.first, this.middle, this.last, this.aliases, estimate, true, this.ssn,
				this.caseNumbers, this.updated, this.familyViolence);
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
