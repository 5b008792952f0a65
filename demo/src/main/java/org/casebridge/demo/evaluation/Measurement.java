package org.casebridge.demo.evaluation;

import java.util.EnumMap;
import java.util.Map;

import org.casebridge.gateway.identity.IdentityResolver;
import org.casebridge.gateway.identity.MatchOutcome;
import org.casebridge.gateway.identity.PairMatch;
import org.casebridge.gateway.identity.RecordMatcher;
import org.casebridge.simulator.evaluation.HardNegative;

/** The matcher's and today's rule's error rates on one labelled population. */
final class Measurement {

	/** Upper bounds of the probability bands calibration is reported for. */
	static final double[] BANDS = { 0.01, 0.1, 0.5, 0.9, 0.99, 1.0000001 };

	long records;

	long candidatePairs;

	long truePairs;

	long blockedTruePairs;

	long links;

	long correctLinks;

	long possibles;

	long samePossibles;

	long strongLinks;

	/** True pairs neither of whose records has an SSN (children, mostly). */
	long withoutSsnTruePairs;

	long withoutSsnLinks;

	long withoutSsnCorrectLinks;

	long withoutSsnSamePossibles;

	long correctStrongLinks;

	final long[] bandPairs = new long[BANDS.length];

	final long[] bandSame = new long[BANDS.length];

	final double[] bandPredicted = new double[BANDS.length];

	final Map<HardNegative.Kind, long[]> hardNegatives = new EnumMap<>(HardNegative.Kind.class);

	static Measurement of(Labelled held, RecordMatcher matcher) {
		Measurement m = new Measurement();
		m.records = held.records.size();
		m.truePairs = held.truePairs();
		ScoredPairs scored = held.score(matcher);
		m.candidatePairs = scored.size;
		for (int p = 0; p < scored.size; p++) {
			boolean same = scored.same[p];
			m.blockedTruePairs += same ? 1 : 0;
			boolean withoutSsn = held.records.get(scored.first[p]).record().ssn() == null
					&& held.records.get(scored.second[p]).record().ssn() == null;
			if (withoutSsn) {
				m.withoutSsnTruePairs += same ? 1 : 0;
				m.withoutSsnLinks += (scored.outcome[p] == MatchOutcome.LINK) ? 1 : 0;
				m.withoutSsnCorrectLinks += (same && scored.outcome[p] == MatchOutcome.LINK) ? 1 : 0;
				m.withoutSsnSamePossibles += (same && scored.outcome[p] == MatchOutcome.POSSIBLE) ? 1 : 0;
			}
			if (scored.outcome[p] == MatchOutcome.LINK) {
				m.links++;
				m.correctLinks += same ? 1 : 0;
			}
			else if (scored.outcome[p] == MatchOutcome.POSSIBLE) {
				m.possibles++;
				m.samePossibles += same ? 1 : 0;
			}
			if (scored.strong[p]) {
				m.strongLinks++;
				m.correctStrongLinks += same ? 1 : 0;
			}
			int band = 0;
			while (scored.probability[p] >= BANDS[band]) {
				band++;
			}
			m.bandPairs[band]++;
			m.bandSame[band] += same ? 1 : 0;
			m.bandPredicted[band] += scored.probability[p];
		}
		for (HardNegative negative : held.population.truth().hardNegatives()) {
			long[] counts = m.hardNegatives.computeIfAbsent(negative.kind(), (k) -> new long[4]);
			int i = held.indexOf.get(negative.first());
			int j = held.indexOf.get(negative.second());
			PairMatch match = matcher.compare(held.records.get(i), held.records.get(j));
			counts[0]++;
			counts[1] += (match.outcome() == MatchOutcome.LINK) ? 1 : 0;
			counts[2] += (match.outcome() == MatchOutcome.POSSIBLE) ? 1 : 0;
			counts[3] += IdentityResolver.strongEvidence(held.records.get(i).record(), held.records.get(j).record())
				.isEmpty() ? 0 : 1;
		}
		return m;
	}

	double linkPrecision() {
		return ratio(this.correctLinks, this.links);
	}

	double recallLinkOrPossible() {
		return ratio(this.correctLinks + this.samePossibles, this.truePairs);
	}

	double linkRecall() {
		return ratio(this.correctLinks, this.truePairs);
	}

	double strongPrecision() {
		return ratio(this.correctStrongLinks, this.strongLinks);
	}

	double strongRecall() {
		return ratio(this.correctStrongLinks, this.truePairs);
	}

	long hardNegativeMerges() {
		return this.hardNegatives.values().stream().mapToLong((c) -> c[1]).sum();
	}

	long hardNegativeStrongMerges() {
		return this.hardNegatives.values().stream().mapToLong((c) -> c[3]).sum();
	}

	static double ratio(long a, long b) {
		return (b == 0) ? Double.NaN : (double) a / b;
	}

}
