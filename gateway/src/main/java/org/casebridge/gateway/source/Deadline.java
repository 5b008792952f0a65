package org.casebridge.gateway.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The instant by which a whole request must be answered. Every source call of the request
 * is bounded by what remains of it, so a slow agency never holds the answer past the
 * deadline.
 */
public record Deadline(Instant expiresAt, Clock clock) {

	public static Deadline after(Duration budget, Clock clock) {
		return new Deadline(clock.instant().plus(budget), clock);
	}

	/** What remains, never negative. */
	public Duration remaining() {
		Duration left = Duration.between(this.clock.instant(), this.expiresAt);
		return left.isNegative() ? Duration.ZERO : left;
	}

}
