package org.casebridge.demo.authserver;

import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAuthorizationServerTests {

	private static Provider provider;

	@BeforeAll
	static void start() {
		provider = Provider.start();
	}

	@AfterAll
	static void stop() {
		provider.close();
	}

	@Test
	void discoveryDocumentNamesTheIssuerAndItsEndpoints() {
		HttpResponse<String> response = provider.get("/.well-known/openid-configuration", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode discovery = Provider.json(response);
		assertThat(discovery.get("issuer").asString()).isEqualTo(provider.issuer());
		assertThat(discovery.get("token_endpoint").asString()).isEqualTo(provider.issuer() + "/oauth2/token");
		assertThat(discovery.get("jwks_uri").asString()).isEqualTo(provider.issuer() + "/oauth2/jwks");
		assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
	}

	@Test
	void jwkSetServesOneRs256SigningKey() throws ParseException {
		JWKSet keys = JWKSet.parse(provider.get("/oauth2/jwks", "application/json").body());

		assertThat(keys.getKeys()).singleElement().satisfies((key) -> {
			assertThat(key.getKeyType()).isEqualTo(KeyType.RSA);
			assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
			assertThat(key.isPrivate()).isFalse();
		});
	}

	@ParameterizedTest
	@EnumSource(DemoRole.class)
	void eachDemoClientGetsAFifteenMinuteTokenCarryingItsRole(DemoRole role) throws ParseException {
		HttpResponse<String> response = provider.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
				role.clientId());

		assertThat(response.statusCode()).isEqualTo(200);
		String token = Provider.json(response).get("access_token").asString();
		assertThat(SignedJWT.parse(token).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		Jwt jwt = provider.resourceServerDecoder(DemoAccounts.AUDIENCE).decode(token);
		assertThat(jwt.getClaimAsStringList(DemoAccounts.ROLES_CLAIM)).containsExactly(role.claimValue());
		assertThat(jwt.getAudience()).containsExactly(DemoAccounts.AUDIENCE);
		assertThat(jwt.getSubject()).isEqualTo(role.clientId());
		assertThat(jwt.getClaimAsString("client_id")).isEqualTo(role.clientId());
		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void clientCredentialsMayAlsoBeSentInTheForm() {
		HttpResponse<String> response = provider.postForm("/oauth2/token", Map.of("grant_type", "client_credentials",
				"client_id", DemoRole.INTEGRATOR.clientId(), "client_secret", DemoAccounts.CLIENT_SECRET), null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Provider.json(response).get("token_type").asString()).isEqualTo("Bearer");
	}

	@Test
	void wrongSecretIsUnauthorized() {
		HttpResponse<String> response = provider.postForm("/oauth2/token", Map.of("grant_type", "client_credentials",
				"client_id", DemoRole.INTEGRATOR.clientId(), "client_secret", "not-the-secret"), null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(Provider.json(response).get("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void unknownClientIsUnauthorized() {
		HttpResponse<String> response = provider.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
				"no-such-client");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(Provider.json(response).get("error").asString()).isEqualTo("invalid_client");
	}

	@Test
	void browserClientCannotUseClientCredentials() {
		HttpResponse<String> response = provider.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
				DemoAccounts.UI_CLIENT_ID);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Provider.json(response).get("error").asString()).isEqualTo("unauthorized_client");
	}

}
