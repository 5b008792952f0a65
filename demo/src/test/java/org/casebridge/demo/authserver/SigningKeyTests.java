package org.casebridge.demo.authserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyTests {

	private static final String ISSUER = "http://127.0.0.1:9000";

	@TempDir
	Path keyDir;

	@Test
	void tokensIssuedBeforeARestartStillVerifyAfterIt() throws ParseException {
		String token;
		String keyIdBefore;
		try (Provider before = startWithKeyDir()) {
			token = Provider
				.json(before.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
						DemoRole.AUDITOR.clientId()))
				.get("access_token")
				.asString();
			keyIdBefore = JWKSet.parse(before.get("/oauth2/jwks", "application/json").body())
				.getKeys()
				.get(0)
				.getKeyID();
		}
		try (Provider after = startWithKeyDir()) {
			JWKSet keysAfter = JWKSet.parse(after.get("/oauth2/jwks", "application/json").body());
			assertThat(keysAfter.getKeyByKeyId(keyIdBefore)).isNotNull();
			Jwt jwt = NimbusJwtDecoder.withJwkSetUri(after.uri("/oauth2/jwks").toString()).build().decode(token);
			assertThat(jwt.getClaimAsString("iss")).isEqualTo(ISSUER);
			assertThat(jwt.getClaimAsStringList(DemoAccounts.ROLES_CLAIM)).containsExactly("auditor");
		}
	}

	@Test
	void keyFileIsReadableByItsOwnerOnly() throws Exception {
		try (Provider provider = startWithKeyDir()) {
			Path file = this.keyDir.resolve(SigningKey.FILE_NAME);
			assertThat(file).exists();
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
	}

	@Test
	void configuredIssuerIsAnnouncedRatherThanTheRequestHost() {
		try (Provider provider = startWithKeyDir()) {
			JsonNode discovery = Provider.json(provider.get("/.well-known/openid-configuration", "application/json"));
			assertThat(discovery.get("issuer").asString()).isEqualTo(ISSUER);
			assertThat(discovery.get("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
		}
	}

	private Provider startWithKeyDir() {
		return Provider.start("--casebridge.demo.authserver.key-dir=" + this.keyDir,
				"--casebridge.demo.authserver.issuer=" + ISSUER);
	}

}
