package org.casebridge.gateway.search;

import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.disclosure.Disclosure;

/** Notes in the request's {@link Disclosure} what a search or view is about to return. */
final class Disclosures {

	private Disclosures() {
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
		}
		return result;
	}

	static PersonView viewed(Disclosure disclosure, PersonView view) {
		view.sources().forEach((s) -> disclosure.sourceOutcome(s.source().id(), s.state().name()));
		view.possibleMatches().forEach((candidate) -> disclosure.personHandle(candidate.handle()));
		view.identity()
			.records()
			.forEach((r) -> disclosure.agencyRecord(r.provenance().source().id(), r.provenance().recordId()));
		for (SupportCase supportCase : view.support()) {
			disclosure.agencyRecord("support", supportCase.caseNumber());
		}
		for (RemovalEpisode episode : view.placements()) {
			disclosure.agencyRecord("welfare", episode.episodeId());
		}
		for (PaternityRecord birth : view.paternity()) {
			disclosure.agencyRecord("vitals", birth.birthCertificateNumber());
		}
		return view;
	}

	private static void note(Disclosure disclosure, String name, String value) {
		if (value != null) {
			disclosure.criterion(name, value);
		}
	}

}
