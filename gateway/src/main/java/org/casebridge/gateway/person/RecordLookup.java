package org.casebridge.gateway.person;

import java.util.List;

import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonRecord;

/**
 * What one agency holds of the person a view is about: their record's details, or only
 * records that could be them, or nothing that resembles them.
 *
 * @param details the person's details, or null
 * @param possible records that could be the person but do not match on strong evidence
 * (empty when details were found)
 * @param reason why there are no details; never personal data
 */
record RecordLookup(PersonDetails details, List<PersonRecord> possible, String reason) {

	RecordLookup {
		possible = List.copyOf(possible);
	}

	static RecordLookup found(PersonDetails details) {
		return new RecordLookup(details, List.of(), null);
	}

	static RecordLookup nearMiss(List<PersonRecord> possible, String reason) {
		return new RecordLookup(null, possible, reason);
	}

	static RecordLookup none(String reason) {
		return new RecordLookup(null, List.of(), reason);
	}

}
