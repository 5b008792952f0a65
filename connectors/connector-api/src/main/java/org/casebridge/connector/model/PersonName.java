package org.casebridge.connector.model;

/**
 * A name as the agency holds it; agencies keep aliases and maiden names as extra entries.
 */
public record PersonName(String first, String middle, String last, Kind kind) {

	public enum Kind {

		LEGAL, ALIAS, MAIDEN

	}

}
