package org.casebridge.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How an agency answers: a fault mode and a latency added to every answer it gives.
 *
 * @param mode what the agency does with a request
 * @param latency added before every answer (in every mode that answers at all)
 */
public record Behaviour(Mode mode, Duration latency) {

	public Behaviour {
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(latency, "latency");
		if (latency.isNegative()) {
			throw new IllegalArgumentException("latency must not be negative");
		}
	}

	/** Answers normally, at once. */
	public static Behaviour normal() {
		return of(Mode.NORMAL);
	}

	/** Answers normally after {@code latency}. */
	public static Behaviour slow(Duration latency) {
		return new Behaviour(Mode.SLOW, latency);
	}

	/** {@code mode} with no added latency. */
	public static Behaviour of(Mode mode) {
		return new Behaviour(mode, Duration.ZERO);
	}

	/** The same mode with another latency. */
	public Behaviour withLatency(Duration latency) {
		return new Behaviour(this.mode, latency);
	}

	/** What an agency does with a request. */
	public enum Mode {

		/** Answers as the agency would. */
		NORMAL,

		/** Answers as the agency would, after the latency. */
		SLOW,

		/** Holds every request until the mode changes or the simulator closes. */
		HANG,

		/** The port refuses connections. */
		DOWN,

		/** Closes the connection without an answer. */
		RESET,

		/** Answers 200 with a truncated, unparseable body. */
		MALFORMED,

		/** Answers 500 with the agency's error body. */
		ERROR_500,

		/** Answers every request 429 with {@code Retry-After: 1}. */
		RATE_LIMIT

	}

}
