package org.casebridge.gateway.identity;

/**
 * How two records compare on one field: the levels the matcher weighs. Each says in words
 * what a caseworker sees as evidence for or against a link.
 */
public enum MatchFeature {

	NAME_SAME(Field.NAME, "same name"),

	NAME_NICKNAME(Field.NAME, "same family name, given name a nickname of the other"),

	NAME_SIMILAR(Field.NAME, "names alike (a typo, the same sound or one part of a hyphenated name)"),

	NAME_FAMILY_ONLY(Field.NAME, "same family name, different given name"),

	NAME_GIVEN_ONLY(Field.NAME, "same given name, different family name"),

	NAME_DIFFERENT(Field.NAME, "different names"),

	MIDDLE_SAME(Field.MIDDLE_NAME, "same middle name or initial"),

	MIDDLE_DIFFERENT(Field.MIDDLE_NAME, "different middle names"),

	MIDDLE_MISSING(Field.MIDDLE_NAME, "no middle name on one record"),

	BIRTH_SAME(Field.DATE_OF_BIRTH, "same date of birth"),

	BIRTH_DAY_MONTH_SWAPPED(Field.DATE_OF_BIRTH, "dates of birth differ by day and month swapped"),

	BIRTH_WITHIN_ESTIMATE(Field.DATE_OF_BIRTH, "an estimated date of birth close to the other"),

	BIRTH_ONE_PART(Field.DATE_OF_BIRTH, "dates of birth differ in one part (a typo)"),

	BIRTH_DIFFERENT(Field.DATE_OF_BIRTH, "different dates of birth"),

	BIRTH_MISSING(Field.DATE_OF_BIRTH, "no date of birth on one record"),

	SSN_SAME(Field.SSN, "same SSN"),

	SSN_SWAPPED_DIGITS(Field.SSN, "SSNs differ by two swapped digits"),

	SSN_ONE_DIGIT(Field.SSN, "SSNs differ in one digit"),

	SSN_DIFFERENT(Field.SSN, "different SSNs"),

	SSN_MISSING(Field.SSN, "no SSN on one record"),

	SEX_SAME(Field.SEX, "same sex"),

	SEX_DIFFERENT(Field.SEX, "different sex"),

	SEX_MISSING(Field.SEX, "sex not recorded on one record");

	private final Field field;

	private final String words;

	MatchFeature(Field field, String words) {
		this.field = field;
		this.words = words;
	}

	public Field field() {
		return this.field;
	}

	/** What the feature says, for a caseworker. */
	public String words() {
		return this.words;
	}

	/** The fields compared. */
	public enum Field {

		NAME, MIDDLE_NAME, DATE_OF_BIRTH, SSN, SEX

	}

}
