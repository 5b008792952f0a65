package org.casebridge.gateway.search;

/**
 * A same-person probability in the words the search screen shows: the bands the identity
 * evaluation reports calibration for, so that each word means an observed rate.
 */
final class Likelihood {

	private Likelihood() {
	}

	static String words(double probability, boolean singleRecord) {
		if (singleRecord) {
			return "One record";
		}
		if (probability >= 0.99) {
			return "Very likely";
		}
		if (probability >= 0.9) {
			return "Likely";
		}
		if (probability >= 0.5) {
			return "Possible";
		}
		return "Unlikely";
	}

}
