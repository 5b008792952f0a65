package org.casebridge.connector.model;

import java.time.LocalDate;

/**
 * A postal address with where it came from. {@code kind} is e.g. RESIDENTIAL, MAILING,
 * EMPLOYER, PLACEMENT.
 */
public record Address(Provenance provenance, String kind, String line1, String line2, String city, String state,
		String postalCode, LocalDate since) {

}
