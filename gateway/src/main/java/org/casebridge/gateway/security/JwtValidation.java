package org.casebridge.gateway.security;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.web.client.RestClient;

/**
 * How bearer tokens are checked: RS256 signatures only (so neither {@code alg=none} nor
 * an HMAC signed with the public key passes), keys from the issuer's JWKS, fetched again
 * for an unknown key id at most once per {@link RefreshLimitedJwkSource#MIN_REFRESH}, and
 * Spring Security's default validators (expiry and not-before with 60 s of skew) plus
 * issuer, audience and a required expiry. Adding to the defaults, never replacing them: a
 * validator set without the timestamp check would accept expired tokens. A token's
 * signature is verified once and remembered for a few minutes
 * ({@link VerifiedTokenCache}); its claims are validated on every request.
 */
@Configuration(proxyBeanMethods = false)
class JwtValidation {

	/** The most verified tokens remembered at once. */
	static final long MAX_VERIFIED_TOKENS = 10_000;

	@Bean
	JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) {
		OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
		String issuer = jwt.getIssuerUri();
		List<String> audiences = jwt.getAudiences();
		JwtDecoder decoder = (jwt.getJwkSetUri() != null) ? decoder(URI.create(jwt.getJwkSetUri()), issuer, audiences)
				: new SupplierJwtDecoder(() -> decoder(discoverJwks(issuer), issuer, audiences));
		return new VerifiedTokenCache(decoder, validator(issuer, audiences), MAX_VERIFIED_TOKENS,
				VerifiedTokenCache.DEFAULT_RETENTION);
	}

	static NimbusJwtDecoder decoder(URI jwks, String issuer, List<String> audiences) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new RefreshLimitedJwkSource(jwks))
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(validator(issuer, audiences));
		return decoder;
	}

	static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
		Objects.requireNonNull(issuer, "spring.security.oauth2.resourceserver.jwt.issuer-uri must be set");
		if (audiences == null || audiences.isEmpty()) {
			throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.audiences must be set");
		}
		return JwtValidators.createDefaultWithValidators(List.of(new JwtIssuerValidator(issuer),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
						(aud) -> aud != null && aud.stream().anyMatch(audiences::contains)),
				new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull)));
	}

	/** The issuer's JWKS address from its OpenID Connect discovery document. */
	private static URI discoverJwks(String issuer) {
		Map<String, Object> configuration = RestClient.create()
			.get()
			.uri(issuer.replaceAll("/$", "") + "/.well-known/openid-configuration")
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		Object jwks = (configuration != null) ? configuration.get("jwks_uri") : null;
		if (jwks == null) {
			throw new IllegalStateException("the issuer's discovery document names no jwks_uri");
		}
		return URI.create(jwks.toString());
	}

}
