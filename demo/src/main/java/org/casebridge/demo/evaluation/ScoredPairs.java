package org.casebridge.demo.evaluation;

import java.util.Arrays;

import org.casebridge.gateway.identity.MatchOutcome;

/** Every candidate pair's score, label and outcomes, in flat arrays. */
final class ScoredPairs {

	int size;

	int[] first = new int[1 << 16];

	int[] second = new int[1 << 16];

	double[] score = new double[1 << 16];

	double[] probability = new double[1 << 16];

	boolean[] same = new boolean[1 << 16];

	MatchOutcome[] outcome = new MatchOutcome[1 << 16];

	boolean[] strong = new boolean[1 << 16];

	boolean[] forbidsLink = new boolean[1 << 16];

	void add(int i, int j, double pairScore, double pairProbability, boolean samePerson, MatchOutcome pairOutcome,
			boolean strongEvidence, boolean forbids) {
		if (this.size == this.first.length) {
			int capacity = this.size * 2;
			this.first = Arrays.copyOf(this.first, capacity);
			this.second = Arrays.copyOf(this.second, capacity);
			this.score = Arrays.copyOf(this.score, capacity);
			this.probability = Arrays.copyOf(this.probability, capacity);
			this.same = Arrays.copyOf(this.same, capacity);
			this.outcome = Arrays.copyOf(this.outcome, capacity);
			this.strong = Arrays.copyOf(this.strong, capacity);
			this.forbidsLink = Arrays.copyOf(this.forbidsLink, capacity);
		}
		this.first[this.size] = i;
		this.second[this.size] = j;
		this.score[this.size] = pairScore;
		this.probability[this.size] = pairProbability;
		this.same[this.size] = samePerson;
		this.outcome[this.size] = pairOutcome;
		this.strong[this.size] = strongEvidence;
		this.forbidsLink[this.size] = forbids;
		this.size++;
	}

}
