package org.casebridge.gateway.person;

import java.util.ArrayList;
import java.util.List;

import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.disclosure.Disclosure;
import org.casebridge.gateway.disclosure.PersonKey;
import org.casebridge.gateway.search.SearchResult;

/** Notes in the request's {@link Disclosure} what a person view is about to return. */
final class Disclosures {

	private Disclosures() {
	}

	static PersonView viewed(Disclosure disclosure, PersonView view) {
		view.sources().forEach((s) -> disclosure.sourceOutcome(s.source().id(), s.state().name()));
		for (SearchResult.CandidateView candidate : view.possibleMatches()) {
			disclosure.personHandle(candidate.handle());
			candidate.personKeys().forEach(disclosure::personKey);
		}
		PersonView.Identity identity = view.identity();
		identity.ssns().forEach((ssn) -> PersonKey.ssn(ssn.value()).ifPresent(disclosure::personKey));
		for (PersonView.SourcedName name : identity.names()) {
			for (PersonView.SourcedDate born : identity.datesOfBirth()) {
				if (sameRecord(name.provenance(), born.provenance())) {
					PersonKey.nameAndDateOfBirth(name.last(), name.first(), born.value())
						.ifPresent(disclosure::personKey);
				}
			}
		}
		for (SearchResult.AgencyRecordView record : identity.records()) {
			disclosure.agencyRecord(record.provenance().source().id(), record.provenance().recordId());
			disclosure
				.personKey(PersonKey.agencyRecord(record.provenance().source().id(), record.provenance().recordId()));
		}
		for (SupportCase supportCase : view.support()) {
			disclosure.agencyRecord("support", supportCase.caseNumber());
			PersonKey.caseNumber(supportCase.caseNumber()).ifPresent(disclosure::personKey);
		}
		for (RemovalEpisode episode : view.placements()) {
			disclosure.agencyRecord("welfare", episode.episodeId());
		}
		for (PaternityRecord birth : view.paternity()) {
			disclosure.agencyRecord("vitals", birth.birthCertificateNumber());
		}
		disclosure.viewed(view.handle(), assignedWorkers(view));
		return view;
	}

	/**
	 * The agency ids of the workers assigned to the person's cases, from every agency
	 * asked (the whole person, not only what the answer shows).
	 */
	private static List<String> assignedWorkers(PersonView view) {
		List<String> workers = new ArrayList<>();
		for (SupportCase supportCase : view.facts().support()) {
			if (supportCase.worker() != null) {
				workers.add(supportCase.worker().email());
			}
		}
		for (RemovalEpisode episode : view.facts().placements()) {
			if (episode.worker() != null) {
				workers.add(episode.worker().email());
			}
		}
		return workers;
	}

	private static boolean sameRecord(Provenance one, Provenance other) {
		return one.source() == other.source() && one.recordId().equals(other.recordId());
	}

}
