package org.casebridge.connector;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one source gave for one request: either its answer, or the reason there is none. A
 * {@link NotAnswered} outcome is never to be shown as "no record" — only
 * {@link SourceState#NOT_FOUND} means the agency looked and found nothing.
 *
 * @param <T> the answer's type
 */
public sealed interface SourceOutcome<T> {

	Source source();

	SourceState state();

	/** Time from the first attempt to the outcome, including retries. */
	Duration latency();

	/** How many attempts were made (0 when the source was not called). */
	int attempts();

	/** The answer, if the source gave one. */
	Optional<T> value();

	/** Short operator-facing reason for a state other than OK; never personal data. */
	Optional<String> reason();

	static <T> SourceOutcome<T> answered(Source source, T value, Duration latency, int attempts) {
		return new Answered<>(source, value, latency, attempts);
	}

	static <T> SourceOutcome<T> notAnswered(Source source, SourceState state, String reason, Duration latency,
			int attempts) {
		return new NotAnswered<>(source, state, reason, latency, attempts);
	}

	/**
	 * The source answered; {@code value} may still be an empty list (state OK, nothing
	 * matched).
	 */
	record Answered<T>(Source source, T answer, Duration latency, int attempts) implements SourceOutcome<T> {

		public Answered {
			Objects.requireNonNull(source, "source");
			Objects.requireNonNull(answer, "answer");
		}

		@Override
		public SourceState state() {
			return SourceState.OK;
		}

		@Override
		public Optional<T> value() {
			return Optional.of(this.answer);
		}

		@Override
		public Optional<String> reason() {
			return Optional.empty();
		}

	}

	/** The source gave no answer, for the stated reason. */
	record NotAnswered<T>(Source source, SourceState state, String why, Duration latency,
			int attempts) implements SourceOutcome<T> {

		public NotAnswered {
			Objects.requireNonNull(source, "source");
			if (state == SourceState.OK) {
				throw new IllegalArgumentException("an unanswered source cannot be OK");
			}
		}

		@Override
		public Optional<T> value() {
			return Optional.empty();
		}

		@Override
		public Optional<String> reason() {
			return Optional.ofNullable(this.why);
		}

	}

}
