package org.casebridge.connector.welfare.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one request to the agency without blocking and hands back whatever it answered,
 * with a bounded body, within the response timeout. Failures to get an answer at all
 * arrive already classified as source exceptions; what an answer's status means is the
 * caller's business.
 */
final class AgencyHttp {

	/** Larger answers than this are refused as bad payloads. */
	static final int BODY_LIMIT = 5 * 1024 * 1024;

	private final HttpClient client;

	private final Duration responseTimeout;

	private final Clock clock;

	private final Failures failures;

	AgencyHttp(HttpClient client, Duration responseTimeout, Clock clock, Failures failures) {
		this.client = client;
		this.responseTimeout = responseTimeout;
		this.clock = clock;
		this.failures = failures;
	}

	HttpRequest.Builder request(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(this.responseTimeout);
	}

	CompletableFuture<Reply> send(String call, HttpRequest request) {
		CompletableFuture<HttpResponse<byte[]>> exchange;
		try {
			exchange = this.client.sendAsync(request, BoundedBody.handler(BODY_LIMIT));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(this.failures.of(call, ex));
		}
		CompletableFuture<Reply> reply = new CompletableFuture<>();
		exchange.whenComplete((response, error) -> {
			if (error != null) {
				reply.completeExceptionally(this.failures.of(call, error));
			}
			else {
				reply.complete(
						new Reply(response.statusCode(), response.headers(), response.body(), this.clock.instant()));
			}
		});
		// The request timeout ends once the status line arrives; a body that trickles in
		// is bounded here, and the exchange is abandoned. The timer is cancelled as soon
		// as
		// the reply is in, so it holds on to nothing.
		return reply.orTimeout(this.responseTimeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose((error) -> {
			if (error instanceof TimeoutException) {
				exchange.cancel(true);
				return CompletableFuture
					.failedFuture(this.failures.of(call, new HttpTimeoutException("body timed out")));
			}
			return CompletableFuture.failedFuture(error);
		});
	}

}
