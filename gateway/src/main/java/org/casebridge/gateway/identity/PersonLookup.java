package org.casebridge.gateway.identity;

import java.util.List;

import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.model.Provenance;

/**
 * Finding a known person again at an agency the handle holds no record for: the handle's
 * keys, and the same strong-evidence rule the resolver uses to accept an answer.
 */
public final class PersonLookup {

	private PersonLookup() {
	}

	/** The handle's keys as search criteria, every field null when it has none. */
	public static PersonSearch keysOf(PersonHandle handle) {
		return new PersonSearch(handle.firstName(), handle.lastName(), handle.dateOfBirth(), handle.ssn(), null);
	}

	/** Whether an agency record is the handle's person on strong evidence. */
	public static boolean strongMatch(PersonHandle handle, PersonRecord record) {
		PersonRecord known = new PersonRecord(
				new Provenance(record.provenance().source(), "handle", null, record.provenance().retrievedAt()),
				"handle", List.of(new PersonName(handle.firstName(), null, handle.lastName(), PersonName.Kind.LEGAL)),
				handle.dateOfBirth(), false, handle.ssn(), null, null, false, List.of());
		return !IdentityResolver.strongEvidence(known, record).isEmpty();
	}

}
