package org.casebridge.simulator.internal.locate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perSecond} requests a second with bursts of
 * as many; 0 means unlimited.
 */
public final class RateLimiter {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final int perSecond;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	public RateLimiter(int perSecond) {
		this.perSecond = perSecond;
	}

	/** 0 when {@code client} may go ahead, else how many whole seconds it should wait. */
	long acquire(String client) {
		if (this.perSecond == 0) {
			return 0;
		}
		long waitNanos = this.buckets.computeIfAbsent(client, (key) -> new Bucket(this.perSecond))
			.take(System.nanoTime());
		return (waitNanos == 0) ? 0 : Math.max(1, (waitNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
	}

	/** Forgets every client's usage. */
	public void reset() {
		this.buckets.clear();
	}

	private static final class Bucket {

		private final int capacity;

		private double tokens;

		private long refilled;

		Bucket(int capacity) {
			this.capacity = capacity;
			this.tokens = capacity;
			this.refilled = System.nanoTime();
		}

		/** Takes a token; 0 on success, else the nanoseconds until one is due. */
		synchronized long take(long now) {
			this.tokens = Math.min(this.capacity,
					this.tokens + (now - this.refilled) * (double) this.capacity / NANOS_PER_SECOND);
			this.refilled = now;
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - this.tokens) * NANOS_PER_SECOND / this.capacity);
		}

	}

}
