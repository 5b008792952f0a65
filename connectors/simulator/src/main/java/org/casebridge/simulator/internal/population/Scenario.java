package org.casebridge.simulator.internal.population;

import java.util.SplittableRandom;

/** How a family's children came to have (or not have) a legal father. */
enum Scenario {

	/** Mother married to the father at birth. */
	MARITAL(24),

	/** Unmarried father acknowledged paternity at the hospital. */
	VAP(22),

	/**
	 * A man signed a VAP and rescinded it; a genetic test then included or excluded him.
	 */
	VAP_RESCINDED(4),

	/** Genetic tests of one or more alleged fathers, one included. */
	GENETIC(9),

	/** Paternity ordered by a court. */
	COURT(5),

	/** Paternity ordered by the IV-D agency. */
	ADMINISTRATIVE(5),

	/** Paternity ordered by default when the alleged father did not appear. */
	DEFAULT(4),

	/** Father unknown. */
	UNKNOWN(19),

	/** One or two alleged fathers named, nothing established. */
	ALLEGED(5),

	/** Mother married to one man while another signed a VAP. */
	CONFLICT(3);

	private static final int[] WEIGHTS = weights();

	private final int weight;

	Scenario(int weight) {
		this.weight = weight;
	}

	static Scenario draw(SplittableRandom random) {
		return values()[Draw.weighted(random, WEIGHTS)];
	}

	/** Whether the children have a legal father (before a rescinded VAP is tested). */
	boolean hasLegalFather() {
		return this != UNKNOWN && this != ALLEGED && this != VAP_RESCINDED;
	}

	boolean isMarital() {
		return this == MARITAL || this == CONFLICT;
	}

	private static int[] weights() {
		Scenario[] scenarios = values();
		int[] weights = new int[scenarios.length];
		for (int i = 0; i < scenarios.length; i++) {
			weights[i] = scenarios[i].weight;
		}
		return weights;
	}

}
