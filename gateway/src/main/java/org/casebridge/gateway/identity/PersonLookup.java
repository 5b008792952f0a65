package org.casebridge.gateway.identity;

import java.util.List;

import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.model.Provenance;

/**
 * Finding a known person again at an agency the handle holds no record for: the handle's
 * keys, and the same matcher the resolver links with to accept an answer.
 */
public final class PersonLookup {

	private static final RecordMatcher MATCHER = RecordMatcher.standard();

	private PersonLookup() {
	}

	/** The handle's keys as search criteria, every field null when it has none. */
	public static PersonSearch keysOf(PersonHandle handle) {
		return new PersonSearch(handle.firstName(), handle.lastName(), handle.dateOfBirth(), handle.ssn(), null);
	}

	/** Whether the matcher links an agency record to the handle's person. */
	public static boolean strongMatch(PersonHandle handle, PersonRecord record) {
		PersonRecord known = new PersonRecord(
				new Provenance(record.provenance().source(), "handle", null, record.provenance().retrievedAt()),
				"handle", List.of(new PersonName(handle.firstName(), null, handle.lastName(), PersonName.Kind.LEGAL)),
				handle.dateOfBirth(), false, handle.ssn(), handle.sex(), null, false, List.of());
		return MATCHER.compare(ComparableRecord.of(known), ComparableRecord.of(record)).outcome() == MatchOutcome.LINK;
	}

}
