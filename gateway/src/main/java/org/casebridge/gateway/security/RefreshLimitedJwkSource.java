package org.casebridge.gateway.security;

import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issuer's signing keys, cached. A token naming a key id the cache lacks may trigger
 * one fetch, and then none for {@link #MIN_REFRESH}: a flood of tokens with made-up key
 * ids costs the issuer one request, not one each. If the issuer cannot be reached, the
 * keys already held stay in use; with none held, tokens are refused (401), never let
 * through.
 */
final class RefreshLimitedJwkSource implements JWKSource<SecurityContext> {

	static final Duration MIN_REFRESH = Duration.ofSeconds(30);

	static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

	private static final Logger logger = LoggerFactory.getLogger(RefreshLimitedJwkSource.class);

	private static final int TIMEOUT_MILLIS = 2000;

	private static final int SIZE_LIMIT = 64 * 1024;

	private final URI uri;

	private volatile JWKSet keys = new JWKSet();

	private volatile long fetchedAt;

	private volatile boolean fetched;

	RefreshLimitedJwkSource(URI uri) {
		this.uri = uri;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		long now = System.nanoTime();
		if (!this.fetched || now - this.fetchedAt > TIME_TO_LIVE.toNanos()) {
			refresh(now);
		}
		List<JWK> matches = selector.select(this.keys);
		if (matches.isEmpty() && now - this.fetchedAt >= MIN_REFRESH.toNanos()) {
			refresh(now);
			matches = selector.select(this.keys);
		}
		return matches;
	}

	private synchronized void refresh(long now) {
		if (this.fetched && now - this.fetchedAt < MIN_REFRESH.toNanos()) {
			return;
		}
		try {
			this.keys = JWKSet.load(this.uri.toURL(), TIMEOUT_MILLIS, TIMEOUT_MILLIS, SIZE_LIMIT);
		}
		catch (IOException | ParseException ex) {
			logger.warn("could not fetch the token issuer's keys: {}", ex.getMessage());
		}
		finally {
			this.fetchedAt = System.nanoTime();
			this.fetched = true;
		}
	}

}
