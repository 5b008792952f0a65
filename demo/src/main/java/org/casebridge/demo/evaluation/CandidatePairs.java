package org.casebridge.demo.evaluation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;

import org.casebridge.gateway.identity.ComparableRecord;

/**
 * Every pair of records that share a blocking key, each pair once: a pair is visited in
 * the block of the smallest key the two records share.
 */
final class CandidatePairs {

	private final int[][] keysOf;

	private final int[][] members;

	CandidatePairs(List<ComparableRecord> records) {
		Map<String, Integer> ids = new HashMap<>();
		this.keysOf = new int[records.size()][];
		int[] sizes = new int[16];
		for (int i = 0; i < records.size(); i++) {
			int[] keys = records.get(i)
				.blockingKeys()
				.stream()
				.mapToInt((key) -> ids.computeIfAbsent(key, (k) -> ids.size()))
				.toArray();
			Arrays.sort(keys);
			this.keysOf[i] = keys;
			for (int key : keys) {
				if (key >= sizes.length) {
					sizes = Arrays.copyOf(sizes, Math.max(key + 1, sizes.length * 2));
				}
				sizes[key]++;
			}
		}
		this.members = new int[ids.size()][];
		for (int key = 0; key < ids.size(); key++) {
			this.members[key] = new int[sizes[key]];
		}
		int[] filled = new int[ids.size()];
		for (int i = 0; i < records.size(); i++) {
			for (int key : this.keysOf[i]) {
				this.members[key][filled[key]++] = i;
			}
		}
	}

	/** Calls {@code visit} with every pair (i &lt; j) once; returns how many. */
	long forEach(IntBinaryOperator visit) {
		long pairs = 0;
		for (int key = 0; key < this.members.length; key++) {
			int[] block = this.members[key];
			for (int x = 0; x < block.length; x++) {
				for (int y = x + 1; y < block.length; y++) {
					int i = Math.min(block[x], block[y]);
					int j = Math.max(block[x], block[y]);
					if (smallestShared(this.keysOf[i], this.keysOf[j]) == key) {
						visit.applyAsInt(i, j);
						pairs++;
					}
				}
			}
		}
		return pairs;
	}

	/** Whether the two records share a block. */
	boolean blocked(int i, int j) {
		return smallestShared(this.keysOf[i], this.keysOf[j]) >= 0;
	}

	private static int smallestShared(int[] a, int[] b) {
		int x = 0;
		int y = 0;
		while (x < a.length && y < b.length) {
			if (a[x] == b[y]) {
				return a[x];
			}
			if (a[x] < b[y]) {
				x++;
			}
			else {
				y++;
			}
		}
		return -1;
	}

}
