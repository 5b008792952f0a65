package org.casebridge.simulator.internal.welfare;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.casebridge.simulator.internal.http.Json;
import org.casebridge.simulator.internal.http.Request;
import org.casebridge.simulator.internal.http.Response;

/**
 * Issues opaque bearer tokens for the client-credentials grant and checks them. Tokens
 * expire after their lifetime, or at once when {@link #expireAll()} is called.
 */
public final class TokenIssuer {

	private static final int MAX_LIVE_TOKENS = 10_000;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Long> expiries = new ConcurrentHashMap<>();

	private final byte[] clientId;

	private final byte[] clientSecret;

	private final Duration lifetime;

	public TokenIssuer(String clientId, String clientSecret, Duration lifetime) {
		this.clientId = clientId.getBytes(StandardCharsets.UTF_8);
		this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
		this.lifetime = lifetime;
	}

	/** Answers {@code POST /oauth/token}. */
	Response token(Request request) {
		if (!"POST".equals(request.method())) {
			return Json.error(405, "invalid_request");
		}
		Map<String, String> form = Request.query(request.bodyText());
		if (!authenticated(request.header("Authorization"), form)) {
			return Json.error(401, "invalid_client").withHeader("WWW-Authenticate", "Basic realm=\"ccwis\"");
		}
		if (!"client_credentials".equals(form.get("grant_type"))) {
			return Json.error(400, form.containsKey("grant_type") ? "unsupported_grant_type" : "invalid_request");
		}
		if (this.expiries.size() > MAX_LIVE_TOKENS) {
			long now = System.nanoTime();
			this.expiries.values().removeIf((expiry) -> expiry - now <= 0);
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.expiries.put(token, System.nanoTime() + this.lifetime.toNanos());
		return Json.response(200,
				Json.object()
					.put("access_token", token)
					.put("token_type", "Bearer")
					.put("expires_in", this.lifetime.toSeconds()));
	}

	/**
	 * Whether {@code authorization} carries a token this issuer gave out and that is
	 * still valid.
	 */
	boolean accepts(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		Long expiry = this.expiries.get(authorization.substring(7).trim());
		return expiry != null && expiry - System.nanoTime() > 0;
	}

	/** Makes every token issued so far expired. */
	public void expireAll() {
		long now = System.nanoTime();
		this.expiries.replaceAll((token, expiry) -> now);
	}

	private boolean authenticated(String authorization, Map<String, String> form) {
		String id = form.get("client_id");
		String secret = form.get("client_secret");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = pair.indexOf(':');
				if (colon < 0) {
					return false;
				}
				// RFC 6749 2.3.1: both parts are form-urlencoded before Base64.
				id = URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8);
				secret = URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
		return id != null && secret != null && MessageDigest.isEqual(this.clientId, id.getBytes(StandardCharsets.UTF_8))
				& MessageDigest.isEqual(this.clientSecret, secret.getBytes(StandardCharsets.UTF_8));
	}

}
