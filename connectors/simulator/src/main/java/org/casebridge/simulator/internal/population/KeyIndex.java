package org.casebridge.simulator.internal.population;

import java.util.Arrays;

/**
 * A compact multimap from a search key to person numbers: key hashes in buckets laid out
 * in two int arrays (8 bytes an entry, built in linear time). A bucket can hold other
 * keys' people too, so callers check each candidate against the real record.
 */
final class KeyIndex {

	private final int mask;

	private final int[] starts;

	private final int[] values;

	private KeyIndex(int mask, int[] starts, int[] values) {
		this.mask = mask;
		this.starts = starts;
		this.values = values;
	}

	/**
	 * The people who may have a key of hash {@code hash}, in no particular order,
	 * possibly repeated.
	 */
	int[] candidates(int hash) {
		int bucket = hash & this.mask;
		return Arrays.copyOfRange(this.values, this.starts[bucket], this.starts[bucket + 1]);
	}

	/** A hash of {@code text} that ignores case, without copying it. */
	static int hashIgnoringCase(String text) {
		int h = 0;
		for (int i = 0; i < text.length(); i++) {
			h = 31 * h + Character.toUpperCase(text.charAt(i));
		}
		return spread(h);
	}

	static int hash(long value) {
		return spread(Long.hashCode(value));
	}

	private static int spread(int hash) {
		int h = hash;
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		h ^= h >>> 13;
		h *= 0xC2B2AE35;
		return h ^ (h >>> 16);
	}

	static final class Builder {

		private int[] hashes = new int[256];

		private int[] values = new int[256];

		private int size;

		void add(int hash, int person) {
			if (this.size == this.hashes.length) {
				this.hashes = Arrays.copyOf(this.hashes, this.size * 2);
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.hashes[this.size] = hash;
			this.values[this.size++] = person;
		}

		KeyIndex build() {
			int buckets = Math.max(16, Integer.highestOneBit(Math.max(1, this.size)));
			int mask = buckets - 1;
			int[] starts = new int[buckets + 1];
			for (int i = 0; i < this.size; i++) {
				starts[(this.hashes[i] & mask) + 1]++;
			}
			for (int b = 0; b < buckets; b++) {
				starts[b + 1] += starts[b];
			}
			int[] cursor = Arrays.copyOf(starts, buckets);
			int[] values = new int[this.size];
			for (int i = 0; i < this.size; i++) {
				values[cursor[this.hashes[i] & mask]++] = this.values[i];
			}
			this.hashes = null;
			this.values = null;
			return new KeyIndex(mask, starts, values);
		}

	}

}
