package org.casebridge.gateway.search;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Sex;
import org.casebridge.gateway.disclosure.PersonKey;
import org.casebridge.gateway.identity.Candidate;
import org.casebridge.gateway.identity.LinkedRecord;
import org.casebridge.gateway.identity.PairMatch;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.identity.PersonHandles;

import org.springframework.stereotype.Component;

/** A candidate person as the schema shows it, with a freshly sealed handle. */
@Component
public class CandidateViews {

	private final PersonHandles handles;

	private final Clock clock;

	CandidateViews(PersonHandles handles, Clock clock) {
		this.handles = handles;
		this.clock = clock;
	}

	public SearchResult.CandidateView of(Candidate candidate) {
		Map<Source, String> ids = new EnumMap<>(Source.class);
		String ssn = null;
		for (LinkedRecord linked : candidate.records()) {
			PersonRecord record = linked.record();
			ids.putIfAbsent(record.provenance().source(), record.agencyPersonId());
			if (ssn == null) {
				ssn = record.ssn();
			}
		}
		PersonRecord first = candidate.records().get(0).record();
		String firstName = (first.primaryName() != null) ? first.primaryName().first() : null;
		String lastName = (first.primaryName() != null) ? first.primaryName().last() : null;
		String handle = this.handles.issue(new PersonHandle(ids, ssn, firstName, lastName, candidate.dateOfBirth(),
				this.clock.instant(), agreedSex(candidate)));
		List<SearchResult.AgencyRecordView> records = candidate.records()
			.stream()
			.map((linked) -> new SearchResult.AgencyRecordView(linked.record().provenance(),
					PersonNames.display(linked.record()), linked.record().dateOfBirth(),
					linked.record().dateOfBirthEstimated(), linked.linkedOn(), linked.linkConfidence(),
					SearchResult.EvidenceView.of(forLink(linked.evidence(), true)),
					SearchResult.EvidenceView.of(forLink(linked.evidence(), false)), linked.decision()))
			.toList();
		List<SearchResult.PossibleDuplicateView> duplicates = candidate.possibleDuplicates()
			.stream()
			.map((d) -> new SearchResult.PossibleDuplicateView(d.candidateIndex(), d.probability(),
					Likelihood.words(d.probability(), false), SearchResult.EvidenceView.of(forLink(d.evidence(), true)),
					SearchResult.EvidenceView.of(forLink(d.evidence(), false)), d.recordedNotSamePerson()))
			.toList();
		List<PersonKey> keys = candidate.records()
			.stream()
			.flatMap((linked) -> PersonKey.of(linked.record()).stream())
			.distinct()
			.toList();
		return new SearchResult.CandidateView(handle, candidate.displayName(), candidate.dateOfBirth(),
				candidate.confidence(), candidate.matchedOn(), SearchResult.EvidenceView.of(candidate.matchedBy()),
				records, candidate.sameProbability(),
				Likelihood.words(candidate.sameProbability(), candidate.records().size() == 1), duplicates, keys);
	}

	/** The sex every record of the candidate that records one agrees on, else null. */
	private static Sex agreedSex(Candidate candidate) {
		Set<Sex> sexes = candidate.records()
			.stream()
			.map((linked) -> linked.record().sex())
			.filter((sex) -> sex != null && sex != Sex.UNKNOWN)
			.collect(Collectors.toSet());
		return (sexes.size() == 1) ? sexes.iterator().next() : null;
	}

	private static List<PairMatch.Evidence> forLink(List<PairMatch.Evidence> evidence, boolean positive) {
		return evidence.stream().filter((e) -> positive ? e.weight() > 0 : e.weight() < 0).toList();
	}

}
