package org.casebridge.connector.welfare.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.casebridge.connector.http.MalformedPayload;

/** The agency's scalar formats: ISO dates, epoch-millisecond timestamps, bare SSNs. */
final class WireValues {

	/** {@code YYYY-MM-DD}, rejecting impossible dates such as February 30. */
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private WireValues() {
	}

	/** Trimmed text, or null for null or blank. */
	static String text(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

	static LocalDate date(String value) {
		String text = text(value);
		return (text != null) ? LocalDate.parse(text, DATE) : null;
	}

	static Instant epochMillis(Long value) {
		return (value != null) ? Instant.ofEpochMilli(value) : null;
	}

	static String id(Long value) {
		return (value != null) ? Long.toString(value) : null;
	}

	/**
	 * Nine digits, or null: the agency sends an empty string for an unknown SSN, and an
	 * SSN that is not nine digits once dashes and spaces are gone cannot be a match key.
	 */
	static String ssn(String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		String digits = text.replace("-", "").replace(" ", "");
		return digits.matches("\\d{9}") ? digits : null;
	}

	/** The agency's Y/N indicators; anything else breaks the contract. */
	static boolean yesNo(String value, String field) {
		String text = text(value);
		if ("Y".equalsIgnoreCase(text)) {
			return true;
		}
		if ("N".equalsIgnoreCase(text)) {
			return false;
		}
		throw new MalformedPayload(field + " is not Y or N");
	}

}
