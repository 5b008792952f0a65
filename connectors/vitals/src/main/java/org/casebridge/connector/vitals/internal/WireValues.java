package org.casebridge.connector.vitals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import org.casebridge.connector.http.MalformedPayload;

/** The registry's scalar formats: {@code YYYYMMDD} dates, ISO-8601 timestamps, SSNs. */
final class WireValues {

	/** {@code YYYYMMDD}, rejecting impossible dates such as February 30. */
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

	private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

	private WireValues() {
	}

	static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		if (!EIGHT_DIGITS.matcher(text).matches()) {
			throw new MalformedPayload("a date that is not YYYYMMDD");
		}
		return LocalDate.parse(text, DATE);
	}

	static Instant timestamp(String text) {
		return (text != null) ? OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant() : null;
	}

	/**
	 * Nine digits, or null: an SSN that is not nine digits once dashes and spaces are
	 * gone cannot be a match key.
	 */
	static String ssn(String text) {
		if (text == null) {
			return null;
		}
		String digits = text.replace("-", "").replace(" ", "");
		return NINE_DIGITS.matcher(digits).matches() ? digits : null;
	}

	/** A probability such as {@code 99.97}; not a finite number breaks the contract. */
	static Double probability(String text) {
		if (text == null) {
			return null;
		}
		double value = Double.parseDouble(text);
		if (!Double.isFinite(value)) {
			throw new MalformedPayload("a probability that is not a number");
		}
		return value;
	}

}
