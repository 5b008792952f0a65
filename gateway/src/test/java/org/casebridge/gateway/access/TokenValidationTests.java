package org.casebridge.gateway.access;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.gateway.support.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad bearer token is answered 401 before anything else runs, so no agency
 * is ever called for it; Spring Security's default validators stay in force beside the
 * issuer, audience and required-expiry checks.
 */
class TokenValidationTests extends GatewayIntegrationTest {

	private static final String SEARCH = "query { searchPeople(criteria: {lastName: \"Rivera\"}, purpose: LOCATE_PARENT)"
			+ " { truncated } }";

	static Stream<Arguments> badTokens() {
		return Stream.of(Arguments.of("missing", (Supplier<String>) () -> null),
				Arguments.of("malformed", (Supplier<String>) () -> "this-is-not-a-jwt"),
				Arguments.of("three garbage parts", (Supplier<String>) () -> "e30.e30.e30"),
				Arguments.of("alg none", (Supplier<String>) () -> new PlainJWT(claims().build()).serialize()),
				Arguments.of("HS256 signed with the RSA public key",
						(Supplier<String>) TokenValidationTests::hmacWithPublicKey),
				Arguments.of("signed by a foreign key under the known key id",
						(Supplier<String>) () -> TestIdentityProvider.sign(TestIdentityProvider.newKey("test-key-1"),
								claims().build())),
				Arguments.of("tampered payload", (Supplier<String>) TokenValidationTests::tampered),
				Arguments.of("expired beyond the clock skew",
						(Supplier<String>) () -> idp.token("worker-1",
								(c) -> c.issueTime(ago(600)).notBeforeTime(ago(600)).expirationTime(ago(120)))),
				Arguments.of("not yet valid",
						(Supplier<String>) () -> idp.token("worker-1",
								(c) -> c.notBeforeTime(Date.from(Instant.now().plusSeconds(600))))),
				Arguments.of("no expiry",
						(Supplier<String>) () -> idp.token("worker-1", (c) -> c.expirationTime(null))),
				Arguments.of("wrong issuer",
						(Supplier<String>) () -> idp.token("worker-1", (c) -> c.issuer("http://127.0.0.1:1/evil"))),
				Arguments.of("no issuer", (Supplier<String>) () -> idp.token("worker-1", (c) -> c.issuer(null))),
				Arguments.of("wrong audience",
						(Supplier<String>) () -> idp.token("worker-1", (c) -> c.audience("someone-else"))),
				Arguments.of("no audience",
						(Supplier<String>) () -> idp.token("worker-1", (c) -> c.audience((List<String>) null))),
				Arguments.of("unknown key id", (Supplier<String>) () -> TestIdentityProvider
					.sign(TestIdentityProvider.newKey("unknown-key"), claims().build())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTokens")
	void aBadTokenIsRefusedWith401AndNoAgencyIsCalled(String kind, Supplier<String> token) {
		GraphQlClient.Response response = this.graphql.post(token.get(), SEARCH, Map.of());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.text()).isEmpty();
		assertThat(agencyRequests()).isZero();
	}

	@Test
	void aValidTokenIsAccepted() {
		GraphQlClient.Response response = this.graphql.post(idp.token("worker-1", "support-worker"), SEARCH, Map.of());

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().path("searchPeople").path("truncated").isBoolean()).isTrue();
	}

	@Test
	void manyUnknownKeyIdsCauseAtMostOneKeySetFetch() {
		RSAKey stranger = TestIdentityProvider.newKey("stranger");
		List<String> tokens = new java.util.ArrayList<>();
		for (int i = 0; i < 25; i++) {
			RSAKey renamed = new RSAKey.Builder(stranger).keyID("stranger-" + i).build();
			tokens.add(TestIdentityProvider.sign(renamed, claims().build()));
		}
		this.graphql.post(idp.token("worker-1", "support-worker"), "{ __typename }", Map.of());
		int before = idp.jwksFetches();

		for (String token : tokens) {
			assertThat(this.graphql.post(token, SEARCH, Map.of()).status()).isEqualTo(401);
		}

		assertThat(idp.jwksFetches() - before).isLessThanOrEqualTo(1);
		assertThat(agencyRequests()).isZero();
	}

	private static JWTClaimsSet.Builder claims() {
		return idp.defaults("worker-1").claim("roles", List.of("support-worker"));
	}

	private static Date ago(long seconds) {
		return Date.from(Instant.now().minus(Duration.ofSeconds(seconds)));
	}

	private static String hmacWithPublicKey() {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("test-key-1").build(),
					claims().build());
			jwt.sign(new MACSigner(idp.key().toRSAPublicKey().getEncoded()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String tampered() {
		String[] parts = idp.token("worker-1", "welfare-worker").split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("welfare-worker", "support-worker");
		return parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];
	}

}
