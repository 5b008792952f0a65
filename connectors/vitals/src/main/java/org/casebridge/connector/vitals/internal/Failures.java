package org.casebridge.connector.vitals.internal;

import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;

/**
 * Classifies what went wrong in an exchange, as the gateway's resilience policy expects:
 * unreachable and 5xx may succeed later, a response timeout is the time limiter's
 * business, refused credentials and anything we cannot read are errors. Messages name the
 * source, the call and the status only: never a URL, a token or personal data, which is
 * also why the client's own exceptions are not kept as causes.
 */
final class Failures {

	private static final Pattern SECONDS = Pattern.compile("\\d{1,9}");

	private final Source source;

	private final Clock clock;

	Failures(Source source, Clock clock) {
		this.source = source;
		this.clock = clock;
	}

	/** Classifies an exception from the HTTP client or from reading its answer. */
	RuntimeException of(String call, Throwable error) {
		Throwable cause = unwrap(error);
		if (cause instanceof SourceException sourceException) {
			return sourceException;
		}
		if (find(cause, BoundedBody.TooLarge.class) != null) {
			return badPayload(call, "answer too large");
		}
		if (cause instanceof MalformedPayload) {
			return badPayload(call, cause.getMessage());
		}
		if (cause instanceof DateTimeException) {
			return badPayload(call, "impossible date or time");
		}
		if (cause instanceof ArithmeticException || cause instanceof NumberFormatException) {
			return badPayload(call, "impossible number");
		}
		if (cause instanceof HttpConnectTimeoutException) {
			return new SourceException.Unavailable(this.source, call + ": connection timed out", null);
		}
		if (cause instanceof HttpTimeoutException) {
			return new SourceException.TimedOut(this.source, call + ": no answer within the response timeout", null);
		}
		if (cause instanceof IOException) {
			return new SourceException.Unavailable(this.source,
					call + ": not reachable (" + cause.getClass().getSimpleName() + ")", null);
		}
		return (cause instanceof RuntimeException runtime) ? runtime : new CompletionException(cause);
	}

	/**
	 * The same outcome as the stage, with any failure classified and unwrapped, so
	 * callers see the source exception itself.
	 */
	<T> CompletableFuture<T> classified(String call, CompletableFuture<T> stage) {
		CompletableFuture<T> result = new CompletableFuture<>();
		stage.whenComplete((value, error) -> {
			if (error != null) {
				result.completeExceptionally(of(call, error));
			}
			else {
				result.complete(value);
			}
		});
		return result;
	}

	/**
	 * Classifies an answer whose status is not success.
	 * @param recordLookup whether a 404 means "no such record" rather than a wrong
	 * address
	 */
	SourceException ofStatus(String call, Reply reply, boolean recordLookup) {
		int status = reply.status();
		if (status == 404 && recordLookup) {
			return new SourceException.NotFound(this.source, call + ": no such record");
		}
		if (status == 429) {
			return new SourceException.RateLimited(this.source,
					retryAfter(reply.headers().firstValue("Retry-After").orElse(null)));
		}
		if (status == 401 || status == 403) {
			return new SourceException.Rejected(this.source, call + ": credentials refused (" + status + ")");
		}
		if (status >= 500 && status <= 599) {
			return new SourceException.Unavailable(this.source, call + " answered " + status, null);
		}
		return badPayload(call, "unexpected status " + status);
	}

	/**
	 * Classifies a SOAP fault: the registry's "no such registrant" is a healthy answer, a
	 * server fault means it is not serving, and any other fault means it could not use
	 * what we sent.
	 */
	SourceException ofFault(String call, SoapMessage.Fault fault) {
		if ("REGISTRANT_NOT_FOUND".equals(fault.string())) {
			return new SourceException.NotFound(this.source, call + ": no such registrant");
		}
		if (fault.fromServer()) {
			return new SourceException.Unavailable(this.source, call + ": server fault", null);
		}
		String name = fault.codeName();
		return badPayload(call, (name.isEmpty() ? "a" : name) + " fault");
	}

	SourceException.BadPayload badPayload(String call, String why) {
		return new SourceException.BadPayload(this.source, call + ": " + why, null);
	}

	/** Delta-seconds or an HTTP date; anything else is no advice. */
	Duration retryAfter(String value) {
		if (value == null) {
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

	static Throwable unwrap(Throwable error) {
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
