package org.casebridge.gateway.support;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.GatewayWiring;
import org.casebridge.simulator.SimulatorSettings;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the gateway's end-to-end tests against agencies of their own choosing: the real
 * gateway on a random port, a real PostgreSQL database and a local token issuer; a
 * subclass says where the agencies are (the connectors' base URIs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayTest {

	protected static final TestIdentityProvider idp = Shared.IDP;

	/** What this test run's rate-limit counters in Redis start with. */
	protected static final String RATE_LIMIT_PREFIX = "casebridge-test-" + java.util.UUID.randomUUID() + ":";

	@LocalServerPort
	protected int port;

	@LocalManagementPort
	protected int managementPort;

	@Autowired
	protected CircuitBreakerRegistry circuitBreakers;

	protected GraphQlClient graphql;

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> Shared.DATABASE_URL);
		// as in production: the migrations run as the schema owner, the gateway as a
		// member
		// of casebridge_app, so a table the gateway uses without a grant fails here
		registry.add("spring.flyway.user", () -> TestDatabase.USER);
		registry.add("spring.flyway.password", () -> "");
		registry.add("spring.datasource.username", () -> Shared.APP_LOGIN);
		registry.add("spring.datasource.password", () -> "");
		// every cached context keeps its pool: one idle connection each, more only on
		// demand
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
		registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", idp::issuer);
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", idp::jwksUri);
		registry.add("casebridge.handles.secret", () -> "test-handle-secret-of-at-least-32-characters");
		// the simulator's welfare client; tests with agencies of their own use it too
		GatewayWiring.welfareClient(SimulatorSettings.defaults())
			.forEach((name, value) -> registry.add(name, () -> value));
		registry.add("casebridge.data-dir", () -> Shared.DATA_DIR);
		// as in production: the Prometheus scrape on a management port of its own
		registry.add("management.server.port", () -> "0");
		// every request's trace sampled, so each agency call's span is recorded
		registry.add("management.tracing.sampling.probability", () -> "1.0");
		// Redis is shared by everything on the machine: counters of this run's own, and
		// limits no sweep reaches (RateLimitHttpTests fills a counter itself)
		registry.add("casebridge.api.rate-limits.key-prefix", () -> RATE_LIMIT_PREFIX);
		registry.add("casebridge.api.rate-limits.per-user", () -> "1000000");
		registry.add("casebridge.api.rate-limits.per-client", () -> "1000000");
	}

	@BeforeEach
	void connectClient() {
		this.graphql = new GraphQlClient(URI.create("http://127.0.0.1:" + this.port + "/graphql"));
	}

	/**
	 * Where the agencies of a simulator are, for the connectors (as the demo and the
	 * benchmark wire them: {@link GatewayWiring}).
	 */
	protected static void agencies(DynamicPropertyRegistry registry, Function<Agency, URI> agency) {
		GatewayWiring.endpoints(agency).forEach((name, value) -> registry.add(name, () -> value));
	}

	protected GraphQlClient.Response query(String token, String document, Map<String, Object> variables) {
		return this.graphql.post(token, document, variables);
	}

	/**
	 * A connection to the gateway's database as the schema owner, for what the gateway's
	 * own role may not do (lock a table, look behind its back).
	 */
	protected static java.sql.Connection ownerConnection() throws java.sql.SQLException {
		return java.sql.DriverManager.getConnection(Shared.DATABASE_URL, TestDatabase.USER, "");
	}

	/** The handle of the first candidate a search finds. */
	protected String firstHandle(String token, Map<String, Object> criteria, String purpose) {
		return query(token, Documents.load("searchPeople"), Map.of("criteria", criteria, "purpose", purpose)).body()
			.path("data")
			.path("searchPeople")
			.path("candidates")
			.path(0)
			.path("handle")
			.asString();
	}

	private static final class Shared {

		static final TestIdentityProvider IDP = new TestIdentityProvider();

		static final String DATABASE_URL = TestDatabase.create("casebridge_it");

		static final String APP_LOGIN = TestDatabase.createAppLogin("casebridge_it_gateway");

		static final String DATA_DIR = createDataDir();

		private static String createDataDir() {
			try {
				java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("casebridge-it");
				dir.toFile().deleteOnExit();
				return dir.toString();
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
