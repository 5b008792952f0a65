package org.casebridge.simulator.internal.population;

import java.util.SplittableRandom;

/**
 * A family's outline, drawn before anyone is named: who is in it and which agencies'
 * stories it will have.
 *
 * @param legalFather whether there is a legal father (for a rescinded VAP: the signer
 * proved the father by a later test)
 * @param alleged how many men are alleged fathers only
 * @param newborn the youngest child was born within the last 50 days
 * @param fatherCustodial the children live with their father
 * @param familyViolence the custodial parent carries the family violence indicator
 * @param inHome child welfare serves the family at home, with no removal
 */
record Shape(Scenario scenario, int children, boolean legalFather, int alleged, boolean newborn, boolean marriedLater,
		boolean fatherCustodial, boolean familyViolence, boolean foster, boolean inHome) {

	int size() {
		return 1 + (this.legalFather ? 1 : 0) + this.alleged + this.children;
	}

	boolean married() {
		return this.scenario.isMarital() || this.marriedLater;
	}

	static Shape draw(SplittableRandom random, int cap) {
		Scenario scenario = Scenario.draw(random);
		int children = 1 + Draw.weighted(random, 70, 24, 6);
		boolean legal = scenario.hasLegalFather();
		int alleged = switch (scenario) {
			case GENETIC -> Draw.weighted(random, 50, 35, 15);
			case ALLEGED -> 1 + Draw.weighted(random, 70, 30);
			case CONFLICT -> 1;
			case VAP_RESCINDED -> {
				legal = Draw.chance(random, 0.5);
				yield legal ? 0 : 1;
			}
			default -> 0;
		};
		boolean newborn = scenario == Scenario.VAP && Draw.chance(random, 0.25);
		boolean marriedLater = !scenario.isMarital() && legal && Draw.chance(random, 0.15);
		boolean fatherCustodial = legal && scenario != Scenario.CONFLICT && Draw.chance(random, 0.12);
		boolean familyViolence = Draw.chance(random, 0.03);
		boolean foster = Draw.chance(random, 0.25);
		boolean inHome = !foster && Draw.chance(random, 0.08);
		Shape shape = new Shape(scenario, children, legal, alleged, newborn, marriedLater, fatherCustodial,
				familyViolence, foster, inHome);
		return (shape.size() <= cap) ? shape : shape.trimmedTo(cap);
	}

	/**
	 * The last family of a population of exactly the size asked for: mother and children
	 * only.
	 */
	private Shape trimmedTo(int cap) {
		int children = Math.min(this.children, cap - 1);
		return new Shape(Scenario.UNKNOWN, children, false, 0, false, false, false, this.familyViolence,
				this.foster && children > 0, false);
	}

}
