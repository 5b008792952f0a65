package org.casebridge.connector.welfare.internal;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.http.AgencyExchange;
import org.casebridge.connector.http.AgencyExchange.Lookup;
import org.casebridge.connector.http.QueryString;
import org.casebridge.connector.http.Reply;
import org.casebridge.connector.http.MalformedPayload;

/**
 * The agency's OAuth2 access token, obtained with the connector's client credentials
 * (HTTP Basic, RFC 6749 section 4.4). One token is shared by every call until shortly
 * before it expires, and every caller that needs a new one waits for the same request, so
 * a burst of first calls or of 401s costs the agency one token request. A failed request
 * is not remembered: the next caller tries again. Neither the token nor the secret is
 * ever logged.
 */
final class TokenSource {

	private static final Logger logger = LoggerFactory.getLogger(TokenSource.class);

	private static final String CALL = "token request";

	/** How long a token lives when the agency does not say (RFC 6749 leaves it open). */
	private static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);

	private static final Duration MAX_MARGIN = Duration.ofSeconds(30);

	/** RFC 6750 b64token: also keeps anything that could break a header out of it. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

	private final AgencyExchange exchange;

	private final URI tokenUri;

	private final String authorization;

	private final Clock clock;

	private final AtomicReference<CompletableFuture<AccessToken>> current = new AtomicReference<>();

	TokenSource(AgencyExchange exchange, URI tokenUri, String clientId, String clientSecret, Clock clock) {
		this.exchange = exchange;
		this.tokenUri = tokenUri;
		String credentials = QueryString.encode(clientId) + ":" + QueryString.encode(clientSecret);
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
		this.clock = clock;
	}

	/** A token that is valid now, fetched only if there is none. */
	CompletableFuture<AccessToken> token() {
		while (true) {
			CompletableFuture<AccessToken> existing = this.current.get();
			if (existing != null && usable(existing)) {
				return existing.copy();
			}
			CompletableFuture<AccessToken> fresh = new CompletableFuture<>();
			if (this.current.compareAndSet(existing, fresh)) {
				fetch().whenComplete((token, error) -> {
					if (error != null) {
						fresh.completeExceptionally(error);
					}
					else {
						fresh.complete(token);
					}
				});
				return fresh.copy();
			}
		}
	}

	/**
	 * Forgets a token the agency refused, unless another caller has already replaced it.
	 */
	void invalidate(AccessToken refused) {
		CompletableFuture<AccessToken> existing = this.current.get();
		if (existing != null && existing.isDone() && !existing.isCompletedExceptionally()
				&& refused.equals(existing.getNow(null))) {
			this.current.compareAndSet(existing, null);
		}
	}

	private boolean usable(CompletableFuture<AccessToken> token) {
		if (!token.isDone()) {
			return true;
		}
		return !token.isCompletedExceptionally() && this.clock.instant().isBefore(token.getNow(null).refreshAt());
	}

	private CompletableFuture<AccessToken> fetch() {
		Instant requestedAt = this.clock.instant();
		HttpRequest request = this.exchange.request(this.tokenUri)
			.header("Authorization", this.authorization)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials", StandardCharsets.UTF_8))
			.build();
		CompletableFuture<Reply> answer = this.exchange.send(CALL, request).thenApply((reply) -> {
			int status = reply.status();
			if (status == 400 || status == 401 || status == 403) {
				throw new SourceException.Rejected(Source.WELFARE,
						CALL + ": client credentials refused (" + status + ")");
			}
			return reply;
		});
		return this.exchange.read(CALL, answer, Lookup.SEARCH,
				(reply) -> accessToken(JsonPayloads.read(reply.body(), WelfareWire.TokenAnswer.class), requestedAt));
	}

	private static AccessToken accessToken(WelfareWire.TokenAnswer answer, Instant requestedAt) {
		String value = answer.accessToken();
		if (value == null || !TOKEN.matcher(value).matches()) {
			throw new MalformedPayload("no usable access_token");
		}
		if (answer.tokenType() != null && !"Bearer".equalsIgnoreCase(answer.tokenType().trim())) {
			throw new MalformedPayload("token_type is not Bearer");
		}
		if (answer.expiresIn() != null && answer.expiresIn() <= 0) {
			throw new MalformedPayload("expires_in is not positive");
		}
		Duration lifetime = (answer.expiresIn() != null) ? Duration.ofSeconds(answer.expiresIn()) : DEFAULT_LIFETIME;
		Duration margin = lifetime.dividedBy(10);
		if (margin.compareTo(MAX_MARGIN) > 0) {
			margin = MAX_MARGIN;
		}
		logger.debug("Welfare access token obtained, valid for {}s", lifetime.toSeconds());
		// Counted from when it was asked for, so network time never makes it look
		// younger.
		return new AccessToken(value, requestedAt.plus(lifetime).minus(margin));
	}

	/** A bearer token and when to stop using it. */
	record AccessToken(String value, Instant refreshAt) {

		@Override
		public String toString() {
			return "AccessToken[refreshAt=" + this.refreshAt + "]";
		}

	}

}
