package org.casebridge.connector.locate.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.casebridge.connector.http.AgencyValues;

/**
 * Reads the agency's scalar values: the shared rules of {@link AgencyValues} (blank is
 * absent, impossible fails the answer) with the locate service's {@code YYYYMMDD} days.
 */
final class WireValues extends AgencyValues {

	/** {@code YYYYMMDD}, in queries and in answers. */
	static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private WireValues() {
	}

	/** A reported day, as the instant it began in UTC. */
	static Instant startOfDay(String value, String field) {
		LocalDate day = date(value, BASIC_DATE, field);
		return (day != null) ? day.atStartOfDay(ZoneOffset.UTC).toInstant() : null;
	}

}
