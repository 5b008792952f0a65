package org.casebridge.gateway.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.casebridge.connector.model.PersonSearch;

import org.springframework.stereotype.Component;

/**
 * Checks criteria before anything is sent to an agency and puts them in canonical form
 * (trimmed names, SSN as nine digits).
 */
@Component
class CriteriaValidator {

	static final int MAX_NAME_LENGTH = 60;

	private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L} .'\\-]*");

	private static final Pattern SSN = Pattern.compile("(\\d{3})-?(\\d{2})-?(\\d{4})");

	private static final Pattern CASE_NUMBER = Pattern.compile("(CS|CW|B)-\\d{4}-\\d{6,7}");

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private final Clock clock;

	CriteriaValidator(Clock clock) {
		this.clock = clock;
	}

	PersonSearch validate(PersonSearchInput input) {
		List<InvalidCriteriaException.Violation> violations = new ArrayList<>();
		String first = name("firstName", input.firstName(), violations);
		String last = name("lastName", input.lastName(), violations);
		String ssn = ssn(input.ssn(), violations);
		String caseNumber = caseNumber(input.caseNumber(), violations);
		LocalDate dob = input.dateOfBirth();
		if (dob != null && (dob.isBefore(EARLIEST_BIRTH) || dob.isAfter(LocalDate.now(this.clock)))) {
			violations.add(new InvalidCriteriaException.Violation("dateOfBirth", "OUT_OF_RANGE",
					"Date of birth must be between 1900-01-01 and today."));
		}
		if (violations.isEmpty() && ssn == null && caseNumber == null && last == null
				&& (first == null || dob == null)) {
			violations.add(new InvalidCriteriaException.Violation("criteria", "REQUIRED",
					"Enter an SSN, a case number, a last name, or a first name with a date of birth."));
		}
		if (!violations.isEmpty()) {
			throw new InvalidCriteriaException(violations);
		}
		return new PersonSearch(first, last, dob, ssn, caseNumber);
	}

	private static String name(String field, String value, List<InvalidCriteriaException.Violation> violations) {
		String trimmed = blankToNull(value);
		if (trimmed == null) {
			return null;
		}
		if (trimmed.length() > MAX_NAME_LENGTH) {
			violations.add(new InvalidCriteriaException.Violation(field, "TOO_LONG",
					"Use at most " + MAX_NAME_LENGTH + " characters."));
			return null;
		}
		if (!NAME.matcher(trimmed).matches()) {
			violations.add(new InvalidCriteriaException.Violation(field, "FORMAT",
					"Use letters, spaces, apostrophes, hyphens and periods only."));
			return null;
		}
		return trimmed.replaceAll("\\s+", " ");
	}

	private static String ssn(String value, List<InvalidCriteriaException.Violation> violations) {
		String trimmed = blankToNull(value);
		if (trimmed == null) {
			return null;
		}
		var matcher = (trimmed.length() <= 11) ? SSN.matcher(trimmed) : null;
		if (matcher == null || !matcher.matches()) {
			violations.add(new InvalidCriteriaException.Violation("ssn", "FORMAT",
					"Enter the SSN as nine digits, with or without dashes."));
			return null;
		}
		String area = matcher.group(1);
		if ("000".equals(area) || "666".equals(area) || "00".equals(matcher.group(2))
				|| "0000".equals(matcher.group(3))) {
			violations.add(new InvalidCriteriaException.Violation("ssn", "FORMAT", "This is not a valid SSN."));
			return null;
		}
		return area + matcher.group(2) + matcher.group(3);
	}

	private static String caseNumber(String value, List<InvalidCriteriaException.Violation> violations) {
		String trimmed = blankToNull(value);
		if (trimmed == null) {
			return null;
		}
		String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
		if (upper.length() > 20 || !CASE_NUMBER.matcher(upper).matches()) {
			violations.add(new InvalidCriteriaException.Violation("caseNumber", "FORMAT",
					"Enter a case number like CS-2019-004512, CW-2023-000187 or B-2018-0012345."));
			return null;
		}
		return upper;
	}

	private static String blankToNull(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
