package org.casebridge.connector.http;

import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;

/**
 * Classifies what went wrong in an exchange, as the gateway's resilience policy expects:
 * unreachable and 5xx may succeed later, a response timeout is the time limiter's
 * business, refused credentials and anything we cannot read are errors. Messages name the
 * source or the call and the status only: never a URL, a token or personal data, which is
 * also why the client's own exceptions are not kept as causes.
 */
final class Failures {

	private static final Pattern SECONDS = Pattern.compile("\\d{1,9}");

	private final Source source;

	private final Clock clock;

	private final Wording wording;

	private final Function<Throwable, String> described;

	Failures(Source source, Clock clock, Wording wording, Function<Throwable, String> described) {
		this.source = source;
		this.clock = clock;
		this.wording = wording;
		this.described = described;
	}

	/** Classifies an exception from the HTTP client or from reading its answer. */
	RuntimeException of(String call, Throwable error) {
		Throwable cause = unwrap(error);
		if (cause instanceof SourceException sourceException) {
			return sourceException;
		}
		BoundedBody.TooLarge tooLarge = find(cause, BoundedBody.TooLarge.class);
		if (tooLarge != null) {
			return badPayload(call, this.wording.tooLarge(tooLarge.limit()));
		}
		if (cause instanceof MalformedPayload) {
			return badPayload(call, cause.getMessage());
		}
		String description = this.described.apply(cause);
		if (description != null) {
			return badPayload(call, description);
		}
		if (cause instanceof DateTimeException) {
			return badPayload(call, "impossible date or time");
		}
		if (cause instanceof ArithmeticException || cause instanceof NumberFormatException) {
			return badPayload(call, "impossible number");
		}
		String subject = this.wording.subject(this.source, call);
		// A connect timeout means the agency is unreachable, not slow to answer.
		if (find(cause, HttpConnectTimeoutException.class) != null) {
			return new SourceException.Unavailable(this.source, this.wording.connectTimeout(subject), null);
		}
		if (find(cause, HttpTimeoutException.class) != null) {
			return new SourceException.TimedOut(this.source, this.wording.responseTimeout(subject), null);
		}
		IOException io = find(cause, IOException.class);
		if (io != null) {
			return new SourceException.Unavailable(this.source,
					this.wording.unreachable(subject, io.getClass().getSimpleName()), null);
		}
		return (cause instanceof RuntimeException runtime) ? runtime : new CompletionException(cause);
	}

	/** Classifies an answer whose status is not 200. */
	SourceException ofStatus(String call, int status, HttpHeaders headers, AgencyExchange.Lookup lookup) {
		String subject = this.wording.subject(this.source, call);
		if (status == 404 && lookup == AgencyExchange.Lookup.RECORD) {
			return new SourceException.NotFound(this.source, this.wording.noSuchRecord(subject));
		}
		if (status == 429) {
			return new SourceException.RateLimited(this.source,
					retryAfter(headers.firstValue("Retry-After").orElse(null)));
		}
		if (status == 401 || status == 403) {
			return new SourceException.Rejected(this.source, this.wording.refused(subject, status));
		}
		if (status >= 500 && status <= 599) {
			return new SourceException.Unavailable(this.source, this.wording.serverError(subject, status), null);
		}
		return badPayload(call, "unexpected status " + status);
	}

	private SourceException.BadPayload badPayload(String call, String why) {
		return new SourceException.BadPayload(this.source,
				this.wording.payload(this.wording.subject(this.source, call), why), null);
	}

	/** Delay-seconds or an HTTP date (RFC 9110); anything else is no advice at all. */
	private Duration retryAfter(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.trim();
		if (SECONDS.matcher(text).matches()) {
			return Duration.ofSeconds(Long.parseLong(text));
		}
		try {
			Duration until = Duration.between(this.clock.instant(),
					ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
			return until.isNegative() ? Duration.ZERO : until;
		}
		catch (DateTimeException ex) {
			return null;
		}
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
