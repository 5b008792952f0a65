package org.casebridge.connector.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One agency's record of a person, before identity resolution.
 *
 * @param provenance where the record came from
 * @param agencyPersonId the agency's own person id
 * @param names legal name first, then aliases and maiden names
 * @param dateOfBirth as recorded (may be estimated, see {@code dateOfBirthEstimated})
 * @param dateOfBirthEstimated child-welfare intake often records an estimated DOB
 * @param ssn nine digits, or null when the agency has none
 * @param sex as recorded
 * @param dateOfDeath null if none recorded
 * @param familyViolenceIndicator the agency flags this person as at risk of family
 * violence
 * @param caseNumbers the agency's case numbers this person takes part in
 */
public record PersonRecord(Provenance provenance, String agencyPersonId, List<PersonName> names, LocalDate dateOfBirth,
		boolean dateOfBirthEstimated, String ssn, Sex sex, LocalDate dateOfDeath, boolean familyViolenceIndicator,
		List<String> caseNumbers) {

	public PersonRecord {
		names = List.copyOf(names);
		caseNumbers = List.copyOf(caseNumbers);
	}

	/** The legal name, or the first name the agency holds. */
	public PersonName primaryName() {
		return this.names.stream()
			.filter((name) -> name.kind() == PersonName.Kind.LEGAL)
			.findFirst()
			.orElse(this.names.isEmpty() ? null : this.names.get(0));
	}

}
