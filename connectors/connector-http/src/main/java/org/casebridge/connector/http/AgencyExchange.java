package org.casebridge.connector.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;

/**
 * One agency's HTTP exchanges. A request is sent without blocking, with the response
 * timeout; the answer's body is read up to {@link #BODY_LIMIT}; and every failure to get
 * or to read an answer completes the future with the {@link SourceException} that
 * classifies it, worded as the connector's {@link Wording} says. The returned futures
 * fail with the source exception itself (not wrapped), and cancelling one abandons the
 * HTTP exchange behind it. One instance per connector, shared by all its calls;
 * thread-safe.
 */
public final class AgencyExchange {

	/** Far above any real answer; a larger body is a fault, not data. */
	public static final int BODY_LIMIT = 5 * 1024 * 1024;

	private final HttpClient client;

	private final Duration responseTimeout;

	private final boolean bodyWithinResponseTimeout;

	private final ErrorAnswers errorAnswers;

	private final Clock clock;

	private final Failures failures;

	private AgencyExchange(Builder builder) {
		this.client = builder.client;
		this.responseTimeout = builder.responseTimeout;
		this.bodyWithinResponseTimeout = builder.bodyWithinResponseTimeout;
		this.errorAnswers = builder.errorAnswers;
		this.clock = builder.clock;
		this.failures = new Failures(builder.source, builder.clock, builder.wording, builder.described);
	}

	/**
	 * Starts an exchange for one agency.
	 * @param source the agency, named in every failure
	 * @param client the HTTP client to send with
	 * @param responseTimeout how long to wait for an answer once a request is sent
	 * @param clock the clock that stamps {@link Reply#receivedAt()}
	 * @return a builder whose defaults are {@link Wording#AGENCY}, a timeout that ends
	 * when the answer's headers arrive, and no reading of error answers
	 */
	public static Builder builder(Source source, HttpClient client, Duration responseTimeout, Clock clock) {
		return new Builder(source, client, responseTimeout, clock);
	}

	/**
	 * An HTTP/1.1 client of a connector's own that never follows redirects (an agency
	 * that redirects is misconfigured).
	 * @param connectTimeout how long to wait for a connection
	 * @return a new client
	 */
	public static HttpClient newClient(Duration connectTimeout) {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * A request to the agency, with the response timeout set; the caller adds its method,
	 * headers and body.
	 * @param uri where to send it
	 * @return the request builder
	 */
	public HttpRequest.Builder request(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(this.responseTimeout);
	}

	/**
	 * Sends a request and hands back whatever the agency answered; failures to get an
	 * answer at all arrive already classified. What the status means is the caller's
	 * business (see {@link #read(String, CompletableFuture, Lookup, Decoder)}).
	 * @param call what the request is for, as messages in {@link Wording#CALL} name it
	 * @param request the request
	 * @return the answer
	 */
	public CompletableFuture<Reply> send(String call, HttpRequest request) {
		CompletableFuture<HttpResponse<byte[]>> exchange;
		try {
			exchange = this.client.sendAsync(request, BoundedBody.handler(BODY_LIMIT, this.errorAnswers != null));
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
		CompletableFuture<Reply> answer = this.bodyWithinResponseTimeout ? withinTimeout(call, reply, exchange) : reply;
		answer.whenComplete((value, error) -> {
			if (answer.isCancelled()) {
				exchange.cancel(true);
			}
		});
		return answer;
	}

	/**
	 * Sends a request and decodes a 200 answer; any other status is classified, after the
	 * builder's {@link ErrorAnswers} have had their say.
	 * @param call what the request is for, as messages in {@link Wording#CALL} name it
	 * @param request the request
	 * @param lookup whether a 404 means "no such record"
	 * @param decoder turns a 200 answer into the result
	 * @param <T> the result
	 * @return the result
	 */
	public <T> CompletableFuture<T> read(String call, HttpRequest request, Lookup lookup, Decoder<T> decoder) {
		return read(call, send(call, request), lookup, decoder);
	}

	/**
	 * Decodes an answer obtained with {@link #send(String, HttpRequest)}, perhaps after
	 * more than one request (a renewed token): as
	 * {@link #read(String, HttpRequest, Lookup, Decoder)}.
	 * @param call what the request is for, as messages in {@link Wording#CALL} name it
	 * @param reply the answer to decode
	 * @param lookup whether a 404 means "no such record"
	 * @param decoder turns a 200 answer into the result
	 * @param <T> the result
	 * @return the result
	 */
	public <T> CompletableFuture<T> read(String call, CompletableFuture<Reply> reply, Lookup lookup,
			Decoder<T> decoder) {
		CompletableFuture<T> result = new CompletableFuture<>();
		reply.whenComplete((answer, error) -> {
			try {
				if (error != null) {
					throw this.failures.of(call, error);
				}
				result.complete(decode(call, answer, lookup, decoder));
			}
			catch (RuntimeException ex) {
				result.completeExceptionally(this.failures.of(call, ex));
			}
		});
		result.whenComplete((value, error) -> {
			if (result.isCancelled()) {
				reply.cancel(true);
			}
		});
		return result;
	}

	private <T> T decode(String call, Reply answer, Lookup lookup, Decoder<T> decoder) {
		if (answer.status() == 200) {
			return decoder.decode(answer);
		}
		if (this.errorAnswers != null) {
			SourceException said = this.errorAnswers.classify(call, answer);
			if (said != null) {
				throw said;
			}
		}
		throw this.failures.ofStatus(call, answer.status(), answer.headers(), lookup);
	}

	// The request timeout ends once the status line arrives; a body that trickles in is
	// bounded here, and the exchange is abandoned. The timer is cancelled as soon as the
	// reply is in, so it holds on to nothing.
	private CompletableFuture<Reply> withinTimeout(String call, CompletableFuture<Reply> reply,
			CompletableFuture<HttpResponse<byte[]>> exchange) {
		return reply.orTimeout(this.responseTimeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose((error) -> {
			if (error instanceof TimeoutException) {
				exchange.cancel(true);
				return CompletableFuture
					.failedFuture(this.failures.of(call, new HttpTimeoutException("body timed out")));
			}
			return CompletableFuture.failedFuture(error);
		});
	}

	/** Whether the request names one record, so that 404 means "no such record". */
	public enum Lookup {

		/** A search: 404 means a wrong address, a bad payload. */
		SEARCH,

		/** One record by its id: 404 means the agency holds no such record. */
		RECORD

	}

	/**
	 * Turns a 200 answer into the result; throws {@link MalformedPayload} if it cannot.
	 */
	@FunctionalInterface
	public interface Decoder<T> {

		T decode(Reply answer);

	}

	/**
	 * Reads an answer other than 200 for what its status alone cannot say, such as the
	 * SOAP fault in a 500. Setting one makes the exchange read error answers' bodies.
	 */
	@FunctionalInterface
	public interface ErrorAnswers {

		/**
		 * @param call what the request was for
		 * @param answer the answer, with its body
		 * @return the failure the answer describes, or null to let its status classify it
		 */
		SourceException classify(String call, Reply answer);

	}

	/** How one agency's exchanges behave, where agencies differ. */
	public static final class Builder {

		private final Source source;

		private final HttpClient client;

		private final Duration responseTimeout;

		private final Clock clock;

		private Wording wording = Wording.AGENCY;

		private boolean bodyWithinResponseTimeout;

		private ErrorAnswers errorAnswers;

		private Function<Throwable, String> described = (error) -> null;

		private Builder(Source source, HttpClient client, Duration responseTimeout, Clock clock) {
			this.source = Objects.requireNonNull(source, "source");
			this.client = Objects.requireNonNull(client, "client");
			this.responseTimeout = Objects.requireNonNull(responseTimeout, "responseTimeout");
			this.clock = Objects.requireNonNull(clock, "clock");
		}

		/**
		 * @param wording how failure messages are worded
		 * @return this builder
		 */
		public Builder wording(Wording wording) {
			this.wording = Objects.requireNonNull(wording, "wording");
			return this;
		}

		/**
		 * Makes the response timeout bound the whole answer, body included, rather than
		 * end when its headers arrive: a body that trickles in then times out.
		 * @return this builder
		 */
		public Builder bodyWithinResponseTimeout() {
			this.bodyWithinResponseTimeout = true;
			return this;
		}

		/**
		 * @param errorAnswers reads answers other than 200 before their status does
		 * @return this builder
		 */
		public Builder errorAnswers(ErrorAnswers errorAnswers) {
			this.errorAnswers = Objects.requireNonNull(errorAnswers, "errorAnswers");
			return this;
		}

		/**
		 * Describes decoding failures that are the agency's fault but not a
		 * {@link MalformedPayload}, such as a parser's own exceptions; they become bad
		 * payloads with that description.
		 * @param described the description, or null for a failure it does not know
		 * @return this builder
		 */
		public Builder describingFailures(Function<Throwable, String> described) {
			this.described = Objects.requireNonNull(described, "described");
			return this;
		}

		public AgencyExchange build() {
			return new AgencyExchange(this);
		}

	}

}
