package org.casebridge.gateway.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.Sex;

/**
 * What a handle stands for: the agency records of one candidate person, and the identity
 * keys used to look the person up at agencies that did not answer when the candidate was
 * found. Never given to a client in the clear.
 *
 * @param records the agency record id per source, for the sources that know the person
 * @param ssn the SSN the candidate's records share, or null
 * @param firstName normalised first name, or null
 * @param lastName normalised last name, or null
 * @param dateOfBirth the candidate's date of birth, or null
 * @param issuedAt when the handle was issued
 * @param sex the sex the candidate's records agree on, or null: without it, finding the
 * person again at another agency would miss the evidence the matcher links on (a child
 * and her birth record, neither with an SSN, link on name, date of birth and sex)
 */
public record PersonHandle(Map<Source, String> records, String ssn, String firstName, String lastName,
		LocalDate dateOfBirth, Instant issuedAt, Sex sex) {

	public PersonHandle {
		records = Map.copyOf(records);
	}

	/** A handle whose records say nothing of the person's sex. */
	public PersonHandle(Map<Source, String> records, String ssn, String firstName, String lastName,
			LocalDate dateOfBirth, Instant issuedAt) {
		this(records, ssn, firstName, lastName, dateOfBirth, issuedAt, null);
	}

}
