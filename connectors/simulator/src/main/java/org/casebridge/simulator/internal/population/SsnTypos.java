package org.casebridge.simulator.internal.population;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.casebridge.simulator.Agency;

/**
 * SSNs keyed in wrong: about one person in forty has two digits of their SSN swapped at
 * one of the agencies that hold it (never when only one agency has it, so the true SSN is
 * always on record somewhere).
 */
final class SsnTypos {

	private final SplittableRandom random;

	SsnTypos(SplittableRandom random) {
		this.random = random;
	}

	/** Maybe swaps two digits of the SSN one of {@code byAgency}'s records holds. */
	void mistype(Map<Agency, Identity> byAgency) {
		if (!Draw.chance(this.random, 0.025)) {
			return;
		}
		List<Agency> withSsn = byAgency.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().ssn() != null)
			.map(Map.Entry::getKey)
			.toList();
		if (withSsn.size() < 2) {
			return;
		}
		Agency agency = Draw.pick(this.random, withSsn);
		Identity identity = byAgency.get(agency);
		String swapped = swapDigits(identity.ssn(), this.random);
		if (!swapped.equals(identity.ssn())) {
			byAgency.put(agency, identity.withSsn(swapped));
		}
	}

	/**
	 * Two neighbouring different digits of the serial (or else the group) swapped, which
	 * keeps the area in 900-999 and never makes a group or serial of zeros.
	 */
	static String swapDigits(String ssn, SplittableRandom random) {
		int[][] ranges = { { 5, 8 }, { 3, 4 } };
		for (int[] range : ranges) {
			int pairs = range[1] - range[0];
			int start = random.nextInt(pairs);
			for (int k = 0; k < pairs; k++) {
				int i = range[0] + (start + k) % pairs;
				if (ssn.charAt(i) != ssn.charAt(i + 1)) {
					char[] digits = ssn.toCharArray();
					digits[i] = ssn.charAt(i + 1);
					digits[i + 1] = ssn.charAt(i);
					return new String(digits);
				}
			}
		}
		return ssn;
	}

}
