package org.casebridge.simulator.internal.http;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Parsing of the values agencies are searched by; anything malformed is a
 * {@link BadRequest}.
 */
public final class Inputs {

	/** {@code MM/DD/YYYY}, as child support writes dates. */
	public static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** {@code YYYYMMDD}, as vital records and locate write dates. */
	public static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	/** {@code YYYY-MM-DD}, as child welfare writes dates. */
	public static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private Inputs() {
	}

	/** The date in {@code text}, or null when {@code text} is null. */
	public static LocalDate date(String text, DateTimeFormatter format, String name) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text, format);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequest(name + " is not a valid date");
		}
	}

	/**
	 * Nine digits from {@code NNN-NN-NNNN} or {@code NNNNNNNNN}, or null when
	 * {@code text} is null.
	 */
	public static String ssn(String text, String name) {
		if (text == null) {
			return null;
		}
		String digits = text.matches("\\d{3}-\\d{2}-\\d{4}") ? text.replace("-", "") : text;
		if (!digits.matches("\\d{9}")) {
			throw new BadRequest(name + " must be nine digits");
		}
		return digits;
	}

	/** A page number or size from {@code text}, {@code fallback} when absent. */
	public static int number(String text, int fallback, int min, int max, String name) {
		if (text == null) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new BadRequest(name + " must be a number from " + min + " to " + max);
	}

	/** {@code 900123456} as {@code 900-12-3456}. */
	public static String dashedSsn(String digits) {
		return (digits == null) ? null
				: digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
	}

}
