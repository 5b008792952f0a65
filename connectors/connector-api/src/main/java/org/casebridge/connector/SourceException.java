package org.casebridge.connector;

import java.time.Duration;
import java.util.Optional;

/**
 * Why a call to an agency failed, as a closed set the gateway maps to a
 * {@link SourceState}. Messages are written for operators and must never contain personal
 * data or the agency's address.
 */
public abstract sealed class SourceException extends RuntimeException {

	private final Source source;

	SourceException(Source source, String message, Throwable cause) {
		super(message, cause);
		this.source = source;
	}

	public Source source() {
		return this.source;
	}

	/** The state the gateway reports for this failure. */
	public abstract SourceState state();

	/** Whether repeating the same read may succeed. */
	public abstract boolean retryable();

	/** The agency holds no record with the requested id. */
	public static final class NotFound extends SourceException {

		public NotFound(Source source, String message) {
			super(source, message, null);
		}

		@Override
		public SourceState state() {
			return SourceState.NOT_FOUND;
		}

		@Override
		public boolean retryable() {
			return false;
		}

	}

	/**
	 * Connection refused or reset, or a 5xx answer: the agency is not serving right now.
	 */
	public static final class Unavailable extends SourceException {

		public Unavailable(Source source, String message, Throwable cause) {
			super(source, message, cause);
		}

		@Override
		public SourceState state() {
			return SourceState.UNAVAILABLE;
		}

		@Override
		public boolean retryable() {
			return true;
		}

	}

	/** The agency answered 429; it may say when to come back. */
	public static final class RateLimited extends SourceException {

		private final Duration retryAfter;

		public RateLimited(Source source, Duration retryAfter) {
			super(source, "rate limited by the agency", null);
			this.retryAfter = retryAfter;
		}

		/** The agency's Retry-After, if it sent one. */
		public Optional<Duration> retryAfter() {
			return Optional.ofNullable(this.retryAfter);
		}

		@Override
		public SourceState state() {
			return SourceState.UNAVAILABLE;
		}

		@Override
		public boolean retryable() {
			return true;
		}

	}

	/** The agency did not answer within the connector's own response timeout. */
	public static final class TimedOut extends SourceException {

		public TimedOut(Source source, String message, Throwable cause) {
			super(source, message, cause);
		}

		@Override
		public SourceState state() {
			return SourceState.TIMEOUT;
		}

		@Override
		public boolean retryable() {
			return false;
		}

	}

	/** The agency answered, but with a payload the connector cannot read. */
	public static final class BadPayload extends SourceException {

		public BadPayload(Source source, String message, Throwable cause) {
			super(source, message, cause);
		}

		@Override
		public SourceState state() {
			return SourceState.ERROR;
		}

		@Override
		public boolean retryable() {
			return false;
		}

	}

	/** The agency refused the connector's own credentials (401/403). */
	public static final class Rejected extends SourceException {

		public Rejected(Source source, String message) {
			super(source, message, null);
		}

		@Override
		public SourceState state() {
			return SourceState.ERROR;
		}

		@Override
		public boolean retryable() {
			return false;
		}

	}

}
