package org.casebridge.gateway.search;

import java.time.LocalDate;
import java.util.List;

import org.casebridge.connector.model.Provenance;
import org.casebridge.gateway.disclosure.PersonKey;
import org.casebridge.gateway.identity.MatchKey;
import org.casebridge.gateway.identity.PairMatch;

/** The answer to a search, shaped as the schema's {@code PersonSearchResult}. */
public record SearchResult(List<CandidateView> candidates, boolean truncated, List<SourceStatusView> sources) {

	public SearchResult {
		candidates = List.copyOf(candidates);
		sources = List.copyOf(sources);
	}

	/**
	 * A candidate person with its handle, and the identity keys of its records for the
	 * audit trail (not in the schema).
	 */
	public record CandidateView(String handle, String displayName, LocalDate dateOfBirth, double confidence,
			List<MatchKey> matchedOn, List<EvidenceView> matchedBy, List<AgencyRecordView> records,
			double sameProbability, String likelihood, List<PossibleDuplicateView> possibleDuplicates,
			List<PersonKey> personKeys) {

		public CandidateView {
			personKeys = (personKeys != null) ? List.copyOf(personKeys) : List.of();
			matchedBy = (matchedBy != null) ? List.copyOf(matchedBy) : List.of();
		}

	}

	/**
	 * One agency record within a candidate.
	 *
	 * @param joinedByDecision the caseworker's "same person" decision that put it in the
	 * candidate, or null
	 */
	public record AgencyRecordView(Provenance provenance, String name, LocalDate dateOfBirth,
			boolean dateOfBirthEstimated, List<MatchKey> linkedOn, double linkConfidence,
			List<EvidenceView> evidenceFor, List<EvidenceView> evidenceAgainst, String joinedByDecision) {

		public AgencyRecordView(Provenance provenance, String name, LocalDate dateOfBirth, boolean dateOfBirthEstimated,
				List<MatchKey> linkedOn, double linkConfidence, List<EvidenceView> evidenceFor,
				List<EvidenceView> evidenceAgainst) {
			this(provenance, name, dateOfBirth, dateOfBirthEstimated, linkedOn, linkConfidence, evidenceFor,
					evidenceAgainst, null);
		}

	}

	/** Another candidate that may be the same person. */
	public record PossibleDuplicateView(int candidateIndex, double probability, String likelihood,
			List<EvidenceView> evidenceFor, List<EvidenceView> evidenceAgainst, boolean recordedNotSamePerson) {
	}

	/** One field's comparison, as the schema's {@code MatchEvidence}. */
	public record EvidenceView(String feature, String description, double weight) {

		static List<EvidenceView> of(List<PairMatch.Evidence> evidence) {
			return evidence.stream()
				.map((e) -> new EvidenceView(e.feature().name(), e.feature().words(),
						Math.round(e.weight() * 100) / 100.0))
				.toList();
		}

	}

}
