package org.casebridge.demo.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casebridge.gateway.identity.ComparableRecord;
import org.casebridge.gateway.identity.IdentityResolver;
import org.casebridge.gateway.identity.PairMatch;
import org.casebridge.gateway.identity.RecordMatcher;
import org.casebridge.simulator.evaluation.EvaluationPopulation;

/**
 * A population's records prepared for matching, with each record's person for scoring.
 */
final class Labelled {

	final EvaluationPopulation population;

	final List<ComparableRecord> records;

	final String[] personOf;

	final Map<String, Integer> indexOf = new HashMap<>();

	final CandidatePairs pairs;

	Labelled(EvaluationPopulation population) {
		this.population = population;
		this.records = Records.comparable(population.records());
		this.personOf = new String[this.records.size()];
		for (int i = 0; i < this.records.size(); i++) {
			String key = population.records().get(i).key();
			this.personOf[i] = population.truth().personOf(key);
			this.indexOf.put(key, i);
		}
		this.pairs = new CandidatePairs(this.records);
	}

	/** Scores every candidate pair with the matcher and today's rule. */
	ScoredPairs score(RecordMatcher matcher) {
		ScoredPairs scored = new ScoredPairs();
		this.pairs.forEach((i, j) -> {
			ComparableRecord a = this.records.get(i);
			ComparableRecord b = this.records.get(j);
			PairMatch match = matcher.compare(a, b);
			boolean strong = !IdentityResolver.strongEvidence(a.record(), b.record()).isEmpty();
			scored.add(i, j, match.score(), match.probability(), this.personOf[i].equals(this.personOf[j]),
					match.outcome(), strong, RecordMatcher.forbidsLink(RecordMatcher.features(a, b)));
			return 0;
		});
		return scored;
	}

	/** How many pairs of records are one person, blocked or not. */
	long truePairs() {
		Map<String, Integer> count = new HashMap<>();
		for (String person : this.personOf) {
			count.merge(person, 1, Integer::sum);
		}
		return count.values().stream().mapToLong((n) -> (long) n * (n - 1) / 2).sum();
	}

}
