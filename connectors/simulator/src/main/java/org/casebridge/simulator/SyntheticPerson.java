package org.casebridge.simulator;

import java.time.LocalDate;

/**
 * One person of the synthetic population as they really are, before any agency recorded
 * them (with nicknames, typos, estimated dates or mistyped SSNs). For tests only.
 *
 * @param truthId the simulator's own id, never served by an agency
 * @param middle full middle name, or null
 * @param maidenName birth surname of a woman who took her husband's name, or null
 * @param ssn the true SSN in use today, nine digits in the never-issued 900-999 area (a
 * person issued a new number has had others: {@link Population#ssnsOf(String)})
 * @param familyViolenceIndicator the person is at risk of family violence; an agency that
 * carries the flag may still not have recorded it for them
 * ({@link Population#flaggedAt(String)})
 */
public record SyntheticPerson(String truthId, String first, String middle, String last, String maidenName,
		LocalDate dateOfBirth, String ssn, Sex sex, String familyId, Role role, boolean familyViolenceIndicator) {

	/** The person's place in their family. */
	public enum Role {

		MOTHER, FATHER, ALLEGED_FATHER, CHILD,

		/** A parent of the mother or of the legal father. */
		GRANDPARENT,

		/**
		 * An adult brother or sister of the mother (an aunt or uncle of the children).
		 */
		RELATIVE

	}

	public enum Sex {

		FEMALE, MALE

	}

}
