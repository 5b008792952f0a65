package org.casebridge.gateway.identity;

import java.util.List;

/**
 * The matcher's judgement of two records.
 *
 * @param outcome link, possible match or non-match
 * @param score the sum of the features' weights (log2 of the likelihood ratio)
 * @param probability calibrated probability that the two records are one person
 * @param evidence each field's comparison with its weight, strongest first
 */
public record PairMatch(MatchOutcome outcome, double score, double probability, List<Evidence> evidence) {

	public PairMatch {
		evidence = List.copyOf(evidence);
	}

	/** The features that count for a link. */
	public List<Evidence> evidenceFor() {
		return this.evidence.stream().filter((e) -> e.weight() > 0).toList();
	}

	/** The features that count against. */
	public List<Evidence> evidenceAgainst() {
		return this.evidence.stream().filter((e) -> e.weight() < 0).toList();
	}

	/**
	 * One field's comparison.
	 *
	 * @param weight log2(m/u): positive for, negative against
	 */
	public record Evidence(MatchFeature feature, double weight) {

	}

}
