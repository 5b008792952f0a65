package org.casebridge.connector.http;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an agency's scalar values. Blank means absent; a value that is present but
 * impossible (31 February, "12x.00") fails the whole answer with a
 * {@link MalformedPayload} naming the field, because showing a worker a guessed value is
 * worse than showing none. A connector extends it with its own formats (a
 * {@code WireValues} holding its date patterns), so that one name reads all its values.
 */
public abstract class AgencyValues {

	protected AgencyValues() {
	}

	/** Stripped text; null for null or blank. */
	public static String text(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/** Stripped text that must be there; its absence fails the answer. */
	public static String required(String value, String field) {
		String text = text(value);
		if (text == null) {
			throw new MalformedPayload("a record without " + field);
		}
		return text;
	}

	/** Nine digits, whatever the punctuation; null when absent or not nine digits. */
	public static String ssn(String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		String digits = text.replaceAll("[^0-9]", "");
		return (digits.length() == 9) ? digits : null;
	}

	/** A date in the agency's format; an impossible one fails the answer. */
	public static LocalDate date(String value, DateTimeFormatter format, String field) {
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
	public static Instant timestamp(String value, String field) {
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

	/**
	 * Amounts travel as strings; a currency sign or thousands separators are tolerated.
	 */
	public static BigDecimal amount(String value, String field) {
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

	/**
	 * The canonical name for an agency code. A code the table does not know is passed on
	 * as {@code UNKNOWN:<code>}: the agency may add codes before we learn them, and the
	 * rest of the record is still worth showing.
	 */
	public static String code(Map<String, String> table, String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		String known = table.get(text.toUpperCase(Locale.ROOT));
		return (known != null) ? known : "UNKNOWN:" + text;
	}

	/** An absent list, as an empty one. */
	public static <T> List<T> list(List<T> values) {
		return (values != null) ? values : List.of();
	}

}
