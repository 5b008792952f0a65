package org.casebridge.simulator.internal.population;

import java.util.stream.IntStream;

import org.casebridge.simulator.HardCase;

/**
 * Which families are hard cases on purpose: every 32nd family, starting with the sixth
 * (family numbers 5, 37, 69, ...), cycling through the {@link HardCase} kinds in their
 * declared order. The mother of such a family is the custodial parent, carries the family
 * violence indicator and has children in foster care; how her records fail to link is the
 * kind's. A population of 1,000 people (about 250 families) therefore holds every kind at
 * least once, whatever the seed. Besides these (about 3 % of families), about 3 % of
 * families draw the indicator at random, recorded as {@link ViolenceFlags} describes. The
 * last family of a population, trimmed to fit, is never a hard case.
 */
final class HardCases {

	static final int STRIDE = 32;

	static final int FIRST = 5;

	private static final HardCase[] KINDS = HardCase.values();

	private HardCases() {
	}

	/** The kind designated for family {@code familyIndex}, or null. */
	static HardCase designated(int familyIndex) {
		if (familyIndex % STRIDE != FIRST) {
			return null;
		}
		return KINDS[(familyIndex / STRIDE) % KINDS.length];
	}

	/** The numbers of the designated families among the first {@code familyCount}. */
	static IntStream designatedFamilies(int familyCount) {
		return IntStream.iterate(FIRST, (family) -> family < familyCount, (family) -> family + STRIDE);
	}

}
