package org.casebridge.gateway.limits;

import java.time.Duration;

/**
 * The gateway is running as many operations as it may and cannot queue this one, or it
 * waited too long: nothing was parsed, no agency was asked, nothing was disclosed.
 */
class OverloadedException extends RuntimeException {

	private final Duration retryAfter;

	OverloadedException(Duration retryAfter) {
		super("The gateway is at capacity; try again shortly.", null, false, false);
		this.retryAfter = retryAfter;
	}

	/** When the client may try again, rounded up to whole seconds for Retry-After. */
	long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
