package org.casebridge.gateway.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * A possible person: agency records the matcher linked.
 *
 * @param displayName the name most records carry
 * @param dateOfBirth the date of birth most records carry
 * @param confidence how well the candidate matches the criteria, 0 to 1
 * @param matchedOn which criteria matched exactly
 * @param matchedBy how each stated criterion compares with the candidate's best-fitting
 * record, strongest first: why the candidate was found, and how strongly
 * @param records the grouped records, strongest link first
 * @param sameProbability calibrated probability that the records are one person: that of
 * the weakest link (1 for a single record)
 * @param possibleDuplicates other candidates of the same answer that may be the same
 * person, never merged
 */
public record Candidate(String displayName, LocalDate dateOfBirth, double confidence, List<MatchKey> matchedOn,
		List<PairMatch.Evidence> matchedBy, List<LinkedRecord> records, double sameProbability,
		List<PossibleDuplicate> possibleDuplicates) {

	public Candidate {
		matchedOn = List.copyOf(matchedOn);
		matchedBy = List.copyOf(matchedBy);
		records = List.copyOf(records);
		possibleDuplicates = List.copyOf(possibleDuplicates);
	}

	Candidate withPossibleDuplicates(List<PossibleDuplicate> duplicates) {
		return new Candidate(this.displayName, this.dateOfBirth, this.confidence, this.matchedOn, this.matchedBy,
				this.records, this.sameProbability, duplicates);
	}

	/**
	 * Another candidate that may be the same person.
	 *
	 * @param candidateIndex its place in the same list of candidates
	 * @param probability calibrated probability that the two are one person (of the most
	 * probable pair of their records)
	 * @param evidence the comparison of that pair, strongest first
	 * @param recordedNotSamePerson a caseworker recorded that the two are not the same
	 * person, and that decision is in force: the matcher alone would have offered or
	 * joined them
	 */
	public record PossibleDuplicate(int candidateIndex, double probability, List<PairMatch.Evidence> evidence,
			boolean recordedNotSamePerson) {

		public PossibleDuplicate {
			evidence = List.copyOf(evidence);
		}

		public PossibleDuplicate(int candidateIndex, double probability, List<PairMatch.Evidence> evidence) {
			this(candidateIndex, probability, evidence, false);
		}

	}

}
