package org.casebridge.simulator.internal.population;

import java.util.SplittableRandom;

import org.casebridge.simulator.HardCase;

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
 * @param kin the grandparents, aunts and uncles known
 * @param hardCase how the flagged mother's records fail to link, or null (see
 * {@link HardCases})
 */
record Shape(Scenario scenario, int children, boolean legalFather, int alleged, boolean newborn, boolean marriedLater,
		boolean fatherCustodial, boolean familyViolence, boolean foster, boolean inHome, Kinship kin,
		HardCase hardCase) {

	int size() {
		return 1 + (this.legalFather ? 1 : 0) + this.alleged + this.children + this.kin.size();
	}

	boolean married() {
		return this.scenario.isMarital() || this.marriedLater;
	}

	/**
	 * A hard case needs a flagged custodial mother with children in foster care, and for
	 * a maiden name at welfare a marriage.
	 */
	static Shape draw(SplittableRandom random, int cap, HardCase hardCase) {
		Scenario drawn = Scenario.draw(random);
		Scenario scenario = (hardCase == HardCase.MAIDEN_NAME_AT_WELFARE) ? Scenario.MARITAL : drawn;
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
		Kinship kin = Kinship.draw(random, legal);
		boolean hard = hardCase != null;
		Shape shape = new Shape(scenario, children, legal, alleged, newborn, marriedLater, fatherCustodial && !hard,
				familyViolence || hard, foster || hard, inHome && !hard, kin, hardCase);
		return (shape.size() <= cap) ? shape : shape.trimmedTo(cap);
	}

	/**
	 * The last family of a population of exactly the size asked for: mother and children
	 * only, never a hard case.
	 */
	private Shape trimmedTo(int cap) {
		int children = Math.min(this.children, cap - 1);
		return new Shape(Scenario.UNKNOWN, children, false, 0, false, false, false,
				this.familyViolence && this.hardCase == null, this.foster && children > 0, false, Kinship.NONE, null);
	}

}
