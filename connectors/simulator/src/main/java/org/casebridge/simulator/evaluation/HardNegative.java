package org.casebridge.simulator.evaluation;

/**
 * Two records that a matcher must never merge on its own.
 *
 * @param kind why they look alike
 * @param first one record's key
 * @param second the other record's key
 */
public record HardNegative(Kind kind, String first, String second) {

	public enum Kind {

		/** Twins: same family name, date of birth and usually address; SSNs one apart. */
		TWINS,

		/** Father and son with the same given and family name, a generation apart. */
		JUNIOR_AND_SENIOR,

		/** Two people with the same name and date of birth and different SSNs. */
		NAMESAKES_WITH_DIFFERENT_SSNS,

		/**
		 * One person at risk of family violence, issued a new SSN: a record under the old
		 * number and one under the new must not be joined automatically, or the new
		 * identity leads back to the old.
		 */
		VICTIM_OLD_AND_NEW_SSN

	}

}
