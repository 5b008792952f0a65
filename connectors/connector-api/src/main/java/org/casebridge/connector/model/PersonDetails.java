package org.casebridge.connector.model;

import java.util.Objects;

/**
 * Everything one agency holds about one of its person records.
 *
 * @param person the agency's person record
 * @param data the agency's program data about the person
 */
public record PersonDetails(PersonRecord person, AgencyData data) {

	public PersonDetails {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(data, "data");
	}

}
