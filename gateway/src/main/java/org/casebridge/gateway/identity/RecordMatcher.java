package org.casebridge.gateway.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides whether two agency records are one person, in the Fellegi–Sunter manner: each
 * field's comparison adds its weight, the sum is compared with two thresholds and turned
 * into a calibrated probability.
 *
 * <p>
 * A link needs more than a high score: no disagreement that a different person explains
 * better than a typo — two SSNs (even one digit or one swap apart: twins' numbers are
 * often consecutive, and a victim's new number must not lead back to the old), a
 * different sex, or, unless the SSN is the same, different dates of birth (a father and
 * son of one name) or different given or family names (twins). Such pairs are at most
 * possible matches. Every possible match and every link is a record {@link PossibleMatch}
 * accepts as one that could be the other's person, so the protections see all of them.
 */
public final class RecordMatcher {

	private final MatchWeights weights;

	public RecordMatcher(MatchWeights weights) {
		this.weights = weights;
	}

	/** The matcher with the parameters on the classpath. */
	public static RecordMatcher standard() {
		return new RecordMatcher(MatchWeights.standard());
	}

	public MatchWeights weights() {
		return this.weights;
	}

	/**
	 * Each field's comparison, in the order name, middle name, date of birth, SSN, sex.
	 */
	public static List<MatchFeature> features(ComparableRecord a, ComparableRecord b) {
		return MatchFeatures.between(a, b);
	}

	public PairMatch compare(ComparableRecord a, ComparableRecord b) {
		List<MatchFeature> features = features(a, b);
		List<PairMatch.Evidence> evidence = new ArrayList<>(features.size());
		double score = 0;
		for (MatchFeature feature : features) {
			double weight = this.weights.weight(feature);
			score += weight;
			evidence.add(new PairMatch.Evidence(feature, weight));
		}
		evidence.sort(Comparator.comparingDouble((PairMatch.Evidence e) -> -Math.abs(e.weight())));
		MatchOutcome outcome = MatchOutcome.NON_MATCH;
		if (score >= this.weights.possibleThreshold() && couldBeEachOther(a, b)) {
			outcome = (score >= this.weights.linkThreshold() && !forbidsLink(features)) ? MatchOutcome.LINK
					: MatchOutcome.POSSIBLE;
		}
		return new PairMatch(outcome, score, this.weights.probability(score), evidence);
	}

	/** Disagreements that a different person explains better than a typo. */
	public static boolean forbidsLink(List<MatchFeature> features) {
		boolean sameSsn = features.contains(MatchFeature.SSN_SAME);
		for (MatchFeature feature : features) {
			switch (feature) {
				case SSN_ONE_DIGIT, SSN_SWAPPED_DIGITS, SSN_DIFFERENT, SEX_DIFFERENT:
					return true;
				case BIRTH_DIFFERENT, NAME_FAMILY_ONLY, NAME_GIVEN_ONLY, NAME_DIFFERENT:
					if (!sameSsn) {
						return true;
					}
					break;
				default:
					break;
			}
		}
		return false;
	}

	private static boolean couldBeEachOther(ComparableRecord a, ComparableRecord b) {
		return PossibleMatch.couldBe(PossibleMatch.Profile.of(null, List.of(a.record())), b.record())
				|| PossibleMatch.couldBe(PossibleMatch.Profile.of(null, List.of(b.record())), a.record());
	}

}
