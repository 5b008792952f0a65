package org.casebridge.connector.locate.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Reads the agency's scalar values. Blank means absent; a value that is present but
 * impossible (31 February, "12x.00") fails the whole answer, because showing a worker a
 * guessed value is worse than showing none.
 */
final class WireValues {

	/** {@code YYYYMMDD}, in queries and in answers. */
	static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private WireValues() {
	}

	static String text(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	static String required(String value, String field) {
		String text = text(value);
		if (text == null) {
			throw new MalformedPayload("a record without " + field);
		}
		return text;
	}

	/** Nine digits, whatever the punctuation; null when absent or not nine digits. */
	static String ssn(String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		String digits = text.replaceAll("[^0-9]", "");
		return (digits.length() == 9) ? digits : null;
	}

	static LocalDate date(String value, DateTimeFormatter format, String field) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text, format);
		}
		catch (DateTimeParseException ex) {
			throw new MalformedPayload("an impossible date in " + field);
		}
	}

	/** ISO-8601 with an offset ({@code Z} included). */
	static Instant timestamp(String value, String field) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new MalformedPayload("an impossible timestamp in " + field);
		}
	}

	/** A reported day, as the instant it began in UTC. */
	static Instant startOfDay(String value, String field) {
		LocalDate day = date(value, BASIC_DATE, field);
		return (day != null) ? day.atStartOfDay(ZoneOffset.UTC).toInstant() : null;
	}

	/**
	 * Amounts travel as strings; a currency sign or thousands separators are tolerated.
	 */
	static BigDecimal amount(String value, String field) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", "").replace("$", ""));
		}
		catch (NumberFormatException ex) {
			throw new MalformedPayload("an unreadable amount in " + field);
		}
	}

}
