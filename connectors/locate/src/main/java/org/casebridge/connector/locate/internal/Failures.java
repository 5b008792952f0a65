package org.casebridge.connector.locate.internal;

import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;

/**
 * Classifies what went wrong in an exchange, as the gateway's resilience policy expects:
 * unreachable and 5xx are worth retrying elsewhere or later, a response timeout is the
 * time limiter's business, and anything the agency said that we cannot read is an error.
 * Messages name the source and the status only.
 */
final class Failures {

	private static final Pattern SECONDS = Pattern.compile("\\d{1,9}");

	private final Source source;

	private final Clock clock;

	Failures(Source source, Clock clock) {
		this.source = source;
		this.clock = clock;
	}

	/** Classifies an exception from the HTTP client. */
	RuntimeException of(Throwable error) {
		Throwable cause = unwrap(error);
		if (cause instanceof SourceException sourceException) {
			return sourceException;
		}
		BoundedBody.TooLarge tooLarge = find(cause, BoundedBody.TooLarge.class);
		if (tooLarge != null) {
			return new SourceException.BadPayload(this.source,
					name() + " answered with a body larger than " + tooLarge.limit() + " bytes", null);
		}
		// A connect timeout means the agency is unreachable, not slow to answer.
		HttpConnectTimeoutException connectTimeout = find(cause, HttpConnectTimeoutException.class);
		if (connectTimeout != null) {
			return new SourceException.Unavailable(this.source, name() + " did not accept a connection in time",
					connectTimeout);
		}
		HttpTimeoutException timeout = find(cause, HttpTimeoutException.class);
		if (timeout != null) {
			return new SourceException.TimedOut(this.source, name() + " did not answer in time", timeout);
		}
		IOException io = find(cause, IOException.class);
		if (io != null) {
			return new SourceException.Unavailable(this.source,
					name() + " could not be reached (" + io.getClass().getSimpleName() + ")", io);
		}
		return (cause instanceof RuntimeException runtime) ? runtime : new CompletionException(cause);
	}

	/** Classifies an answer other than 200. */
	SourceException ofStatus(int status, HttpHeaders headers, AgencyExchange.Lookup lookup) {
		if (status == 404 && lookup == AgencyExchange.Lookup.RECORD) {
			return new SourceException.NotFound(this.source, name() + " holds no such record");
		}
		if (status == 429) {
			return new SourceException.RateLimited(this.source,
					retryAfter(headers.firstValue("Retry-After").orElse(null)));
		}
		if (status == 401 || status == 403) {
			return new SourceException.Rejected(this.source, name() + " refused the connector (" + status + ")");
		}
		if (status >= 500 && status <= 599) {
			return new SourceException.Unavailable(this.source, name() + " answered " + status, null);
		}
		return new SourceException.BadPayload(this.source, name() + " answered unexpected status " + status, null);
	}

	/** Delay-seconds or an HTTP date (RFC 9110); anything else is no advice at all. */
	Duration retryAfter(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (SECONDS.matcher(trimmed).matches()) {
			return Duration.ofSeconds(Long.parseLong(trimmed));
		}
		try {
			Duration until = Duration.between(this.clock.instant(),
					ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
			return until.isNegative() ? Duration.ZERO : until;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private String name() {
		return this.source.id();
	}

	private static Throwable unwrap(Throwable error) {
		Throwable current = error;
		while ((current instanceof CompletionException || current instanceof ExecutionException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	private static <T extends Throwable> T find(Throwable error, Class<T> type) {
		for (Throwable current = error; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
	}

}
