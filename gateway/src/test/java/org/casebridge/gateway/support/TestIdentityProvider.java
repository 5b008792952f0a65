package org.casebridge.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A token issuer for tests: its own RSA key, a JWKS endpoint on a real local HTTP server
 * (so the gateway validates signatures exactly as in production), and a counter of JWKS
 * fetches.
 */
public final class TestIdentityProvider implements AutoCloseable {

	public static final String AUDIENCE = "casebridge";

	private final RSAKey key;

	private final HttpServer server;

	private final AtomicInteger jwksFetches = new AtomicInteger();

	public TestIdentityProvider() {
		this.key = newKey("test-key-1");
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		String jwks = new JWKSet(this.key.toPublicJWK()).toString();
		this.server.createContext("/jwks", (exchange) -> {
			this.jwksFetches.incrementAndGet();
			byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	public String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public String jwksUri() {
		return issuer() + "/jwks";
	}

	public int jwksFetches() {
		return this.jwksFetches.get();
	}

	public RSAKey key() {
		return this.key;
	}

	/** A valid token for a subject with the given role names (e.g. "support-worker"). */
	public String token(String subject, String... roles) {
		return token(subject, (claims) -> claims.claim("roles", List.of(roles)));
	}

	/** A token built from valid defaults, then changed by {@code customizer}. */
	public String token(String subject, Consumer<JWTClaimsSet.Builder> customizer) {
		JWTClaimsSet.Builder claims = defaults(subject);
		customizer.accept(claims);
		return sign(this.key, claims.build());
	}

	public JWTClaimsSet.Builder defaults(String subject) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(issuer())
			.subject(subject)
			.audience(AUDIENCE)
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now.minusSeconds(1)))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.claim("client_id", subject);
	}

	public static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static RSAKey newKey(String keyId) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(keyId)
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
