package org.casebridge.gateway.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Verifies each bearer token's signature once. A caseworker's screen or an integrator
 * sends the same token with every request for its whole life; checking its RS256
 * signature every time costs more CPU than the rest of the security filter chain
 * together.
 * <p>
 * A token is remembered only after the wrapped decoder accepted it (signature, issuer,
 * audience, expiry), for at most {@link #DEFAULT_RETENTION}, and its claims are validated
 * again on every use, so an expired or not-yet-valid token is refused exactly as without
 * the cache. The key is the token's exact text: a token that differs in any byte, its
 * signature included, is verified from scratch. A refused token is never remembered.
 */
final class VerifiedTokenCache implements JwtDecoder {

	/** How long a verified token is trusted without checking its signature again. */
	static final Duration DEFAULT_RETENTION = Duration.ofMinutes(5);

	private final JwtDecoder decoder;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Cache<String, Jwt> verified;

	VerifiedTokenCache(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, long maxTokens, Duration retention) {
		this.decoder = decoder;
		this.validator = validator;
		this.verified = Caffeine.newBuilder().maximumSize(maxTokens).expireAfterWrite(retention).build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = this.verified.getIfPresent(token);
		if (known == null) {
			Jwt jwt = this.decoder.decode(token);
			this.verified.put(token, jwt);
			return jwt;
		}
		OAuth2TokenValidatorResult result = this.validator.validate(known);
		if (result.hasErrors()) {
			this.verified.invalidate(token);
			throw new JwtValidationException("The token is no longer valid.", result.getErrors());
		}
		return known;
	}

}
