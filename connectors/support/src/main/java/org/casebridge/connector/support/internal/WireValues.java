package org.casebridge.connector.support.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.casebridge.connector.http.AgencyValues;

/**
 * Reads the agency's scalar values: the shared rules of {@link AgencyValues} (blank is
 * absent, impossible fails the answer) with the child support system's date formats.
 */
final class WireValues extends AgencyValues {

	/** {@code MM/DD/YYYY}; single-digit months and days are read too. */
	static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	/** {@code MM/DD/YYYY} as the agency expects it in a query. */
	static final DateTimeFormatter US_DATE_OUT = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT);

	private WireValues() {
	}

}
