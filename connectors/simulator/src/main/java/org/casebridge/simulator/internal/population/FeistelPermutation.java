package org.casebridge.simulator.internal.population;

/**
 * A seeded bijection of [0, modulus): a four-round Feistel network over the smallest even
 * number of bits that covers the modulus, walking the cycle until the value falls inside
 * it.
 */
record FeistelPermutation(long modulus, int halfBits, int salt) {

	private static final int ROUNDS = 4;

	FeistelPermutation(long modulus, int salt) {
		this(modulus, (64 - Long.numberOfLeadingZeros(modulus - 1) + 1) / 2, salt);
	}

	long apply(long seed, long value) {
		long result = value;
		do {
			result = encrypt(seed, result);
		}
		while (result >= this.modulus);
		return result;
	}

	int invert(long seed, long id) {
		if (id < 0 || id >= this.modulus) {
			return -1;
		}
		long result = id;
		do {
			result = decrypt(seed, result);
		}
		while (result >= this.modulus);
		return (result > Integer.MAX_VALUE) ? -1 : (int) result;
	}

	private long encrypt(long seed, long value) {
		long mask = (1L << this.halfBits) - 1;
		long left = value >>> this.halfBits;
		long right = value & mask;
		for (int round = 0; round < ROUNDS; round++) {
			long next = left ^ (round(seed, round, right) & mask);
			left = right;
			right = next;
		}
		return (left << this.halfBits) | right;
	}

	private long decrypt(long seed, long value) {
		long mask = (1L << this.halfBits) - 1;
		long left = value >>> this.halfBits;
		long right = value & mask;
		for (int round = ROUNDS - 1; round >= 0; round--) {
			long previous = right ^ (round(seed, round, left) & mask);
			right = left;
			left = previous;
		}
		return (left << this.halfBits) | right;
	}

	private long round(long seed, int round, long half) {
		return Ids.mix(seed ^ (this.salt * 31L + round), half);
	}

}
