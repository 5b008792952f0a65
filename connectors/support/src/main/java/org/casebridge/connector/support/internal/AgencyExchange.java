package org.casebridge.connector.support.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;

/**
 * One JSON GET against an agency, completed with the decoded answer or with the
 * {@link SourceException} that classifies the failure. The returned future fails with the
 * source exception itself (not wrapped), and cancelling it abandons the HTTP exchange.
 */
final class AgencyExchange {

	/** Far above any real answer; a larger body is a fault, not data. */
	static final int BODY_LIMIT = 5 * 1024 * 1024;

	private final Source source;

	private final HttpClient http;

	private final Duration responseTimeout;

	private final Clock clock;

	private final Failures failures;

	AgencyExchange(Source source, HttpClient http, Duration responseTimeout, Clock clock) {
		this.source = source;
		this.http = http;
		this.responseTimeout = responseTimeout;
		this.clock = clock;
		this.failures = new Failures(source, clock);
	}

	<R> CompletableFuture<R> get(URI uri, Lookup lookup, Decoder<R> decoder) {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.responseTimeout)
			.header("Accept", "application/json")
			.GET()
			.build();
		CompletableFuture<HttpResponse<byte[]>> sent = this.http.sendAsync(request, BoundedBody.handler(BODY_LIMIT));
		CompletableFuture<R> result = new CompletableFuture<>();
		sent.whenComplete((response, error) -> settle(result, response, error, lookup, decoder));
		result.whenComplete((value, error) -> {
			if (result.isCancelled()) {
				sent.cancel(true);
			}
		});
		return result;
	}

	private <R> void settle(CompletableFuture<R> result, HttpResponse<byte[]> response, Throwable error, Lookup lookup,
			Decoder<R> decoder) {
		try {
			if (error != null) {
				throw this.failures.of(error);
			}
			Instant retrievedAt = this.clock.instant();
			if (response.statusCode() != 200) {
				throw this.failures.ofStatus(response.statusCode(), response.headers(), lookup);
			}
			result.complete(decoder.decode(response.body(), retrievedAt));
		}
		catch (MalformedPayload ex) {
			result.completeExceptionally(new SourceException.BadPayload(this.source,
					this.source.id() + " answered " + ex.getMessage(), null));
		}
		catch (RuntimeException ex) {
			result.completeExceptionally(ex);
		}
	}

	/** Whether the request names one record, so that 404 means "no such record". */
	enum Lookup {

		SEARCH, RECORD

	}

	/** Turns a 200 body into the answer; throws {@link MalformedPayload} if it cannot. */
	@FunctionalInterface
	interface Decoder<R> {

		R decode(byte[] body, Instant retrievedAt);

	}

}
