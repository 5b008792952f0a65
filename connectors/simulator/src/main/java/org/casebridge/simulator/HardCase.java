package org.casebridge.simulator;

/**
 * The ways a person at risk of family violence is recorded so that the agency holding the
 * flag does not plainly link to her other records. The population generates each kind on
 * purpose, for the custodial mother of a designated family (see
 * {@link Population#hardCases()}), so that a sweep over flagged people meets every kind.
 */
public enum HardCase {

	/**
	 * Flagged only at child welfare, whose record has no SSN; child support either does
	 * not know her or does not flag her.
	 */
	FLAGGED_ONLY_AT_WELFARE_WITHOUT_SSN,

	/**
	 * Held at child welfare under her maiden name, with no SSN and no alias of her
	 * married name, and flagged there only.
	 */
	MAIDEN_NAME_AT_WELFARE,

	/**
	 * No SSN at child support and two adjacent digits swapped at child welfare, the flag
	 * at either or both; locate and vital records hold her true SSN.
	 */
	MISSING_AND_MISTYPED_SSN,

	/**
	 * Issued a new SSN: child support and child welfare hold the old number, locate and
	 * vital records the new one ({@link Population#ssnsOf(String)} has both).
	 */
	SSN_CHANGED,

	/**
	 * Child welfare holds her under a nickname, with no alias of her given name and no
	 * SSN, and is the only agency that flags her.
	 */
	NICKNAME_AT_WELFARE,

	/**
	 * Her children in foster care have estimated dates of birth at child welfare.
	 */
	CHILDREN_WITH_ESTIMATED_BIRTH_DATES

}
