package org.casebridge.simulator.evaluation;

/**
 * Rates of the errors added on top of the served population's own (nicknames, maiden
 * names, missing and swapped SSNs, estimated dates of birth), each per record.
 *
 * @param ssnOneDigit one digit of the SSN keyed wrong
 * @param ssnMissing the SSN not recorded
 * @param birthDayMonthSwapped day and month swapped (where both are 12 or less)
 * @param birthDayTypo the day keyed wrong
 * @param lastNameTypo two neighbouring letters of the family name swapped
 * @param firstNameTypo one letter of the given name dropped
 * @param hyphenated a woman's family name recorded hyphenated with another
 */
public record Dirt(double ssnOneDigit, double ssnMissing, double birthDayMonthSwapped, double birthDayTypo,
		double lastNameTypo, double firstNameTypo, double hyphenated) {

	/**
	 * Rates in the range published studies of administrative records report: a few per
	 * cent of records with a name error, about one per cent with a date error, one to two
	 * per cent with an SSN error.
	 */
	public static Dirt realistic() {
		return new Dirt(0.012, 0.03, 0.006, 0.008, 0.015, 0.01, 0.006);
	}

	/** The served population as it is. */
	public static Dirt none() {
		return new Dirt(0, 0, 0, 0, 0, 0, 0);
	}

}
