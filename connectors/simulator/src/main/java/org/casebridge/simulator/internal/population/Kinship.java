package org.casebridge.simulator.internal.population;

import java.util.SplittableRandom;

/**
 * Which of a family's third generation is known: the mother's parents and her brothers
 * and sisters (about two families in five have her mother, half of those her father too,
 * and about one in four an aunt or uncle), and the legal father's parents (fewer).
 * Siblings and a grandfather are only known through the grandmother's birth records.
 *
 * @param maternalSiblings how many adult brothers and sisters of the mother
 */
record Kinship(boolean maternalGrandmother, boolean maternalGrandfather, int maternalSiblings,
		boolean paternalGrandmother, boolean paternalGrandfather) {

	static final Kinship NONE = new Kinship(false, false, 0, false, false);

	int size() {
		return count(this.maternalGrandmother) + count(this.maternalGrandfather) + this.maternalSiblings
				+ count(this.paternalGrandmother) + count(this.paternalGrandfather);
	}

	static Kinship draw(SplittableRandom random, boolean legalFather) {
		boolean grandmother = Draw.chance(random, 0.4);
		boolean grandfather = grandmother && Draw.chance(random, 0.5);
		int siblings = grandmother ? Draw.weighted(random, 40, 45, 15) : 0;
		boolean paternalGrandmother = legalFather && Draw.chance(random, 0.2);
		boolean paternalGrandfather = paternalGrandmother && Draw.chance(random, 0.5);
		return new Kinship(grandmother, grandfather, siblings, paternalGrandmother, paternalGrandfather);
	}

	private static int count(boolean known) {
		return known ? 1 : 0;
	}

}
