package org.casebridge.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VerifiedTokenCacheTests {

	private final AtomicInteger verifications = new AtomicInteger();

	private final AtomicBoolean expired = new AtomicBoolean();

	private final JwtDecoder verifier = (token) -> {
		this.verifications.incrementAndGet();
		if (token.startsWith("forged")) {
			throw new BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("worker-1")
			.expiresAt(Instant.now().plusSeconds(300))
			.build();
	};

	private final OAuth2TokenValidator<Jwt> validator = (jwt) -> this.expired.get()
			? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "expired", null))
			: OAuth2TokenValidatorResult.success();

	private final VerifiedTokenCache cache = new VerifiedTokenCache(this.verifier, this.validator, 10,
			Duration.ofMinutes(5));

	@Test
	void aTokenIsVerifiedOnceAndItsClaimsOnEveryUse() {
		Jwt first = this.cache.decode("token-a");
		Jwt second = this.cache.decode("token-a");

		assertThat(this.verifications).hasValue(1);
		assertThat(second.getSubject()).isEqualTo(first.getSubject());
	}

	@Test
	void aTokenThatExpiredWhileRememberedIsRefusedAndForgotten() {
		this.cache.decode("token-a");
		this.expired.set(true);

		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> this.cache.decode("token-a"));
		this.expired.set(false);
		this.cache.decode("token-a");
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void aRefusedTokenIsNeverRemembered() {
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.cache.decode("forged-a"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.cache.decode("forged-a"));

		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void aTokenDifferingInOneCharacterIsVerifiedAfresh() {
		this.cache.decode("token-a");
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.cache.decode("forged-a"));
		this.cache.decode("token-b");

		assertThat(this.verifications).hasValue(3);
	}

}
