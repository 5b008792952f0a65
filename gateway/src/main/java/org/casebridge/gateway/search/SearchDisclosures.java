package org.casebridge.gateway.search;

import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.disclosure.Disclosure;

/**
 * Notes in the request's {@link Disclosure} what a search asked for and is about to
 * return.
 */
final class SearchDisclosures {

	private SearchDisclosures() {
	}

	/**
	 * Which criteria were used; their values are kept only by the audit trail, in
	 * keyed-hash form.
	 */
	static void criteria(Disclosure disclosure, PersonSearch search) {
		note(disclosure, "ssn", search.ssn());
		note(disclosure, "firstName", search.firstName());
		note(disclosure, "lastName", search.lastName());
		note(disclosure, "dateOfBirth", (search.dateOfBirth() != null) ? search.dateOfBirth().toString() : null);
		note(disclosure, "caseNumber", search.caseNumber());
	}

	static SearchResult searched(Disclosure disclosure, SearchResult result) {
		result.sources().forEach((s) -> disclosure.sourceOutcome(s.source().id(), s.state().name()));
		for (SearchResult.CandidateView candidate : result.candidates()) {
			disclosure.personHandle(candidate.handle());
			candidate.records()
				.forEach((r) -> disclosure.agencyRecord(r.provenance().source().id(), r.provenance().recordId()));
			candidate.personKeys().forEach(disclosure::personKey);
		}
		return result;
	}

	private static void note(Disclosure disclosure, String name, String value) {
		if (value != null) {
			disclosure.criterion(name, value);
		}
	}

}
