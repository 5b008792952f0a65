package org.casebridge.gateway.person;

import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.disclosure.Disclosure;

/** Notes in the request's {@link Disclosure} what a person view is about to return. */
final class Disclosures {

	private Disclosures() {
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

}
