package org.casebridge.gateway;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.gateway.support.TestIdentityProvider;
import org.casebridge.simulator.GatewayWiring;
import org.casebridge.simulator.Simulator;
import org.casebridge.simulator.SimulatorSettings;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production set-up of docs/operations.md, followed as a new operator would: the
 * database and roles created with its SQL, keys made with its openssl commands, the
 * gateway started with {@code --spring.profiles.active=production}, migrations as the
 * schema owner (not a superuser) and the gateway as a member of {@code casebridge_app}.
 */
class ProductionSetUpTests {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private static final String DATABASE = "casebridge_prod_" + SUFFIX;

	private static final String OWNER = "casebridge_flyway_" + SUFFIX;

	private static final String GATEWAY = "casebridge_gateway_" + SUFFIX;

	@TempDir
	static Path keys;

	private static Simulator simulator;

	private static TestIdentityProvider idp;

	private static ConfigurableApplicationContext gateway;

	@BeforeAll
	static void startAsOperationsSays() throws Exception {
		// docs/operations.md, "Database": the statements an administrator runs once
		admin("""
				DO $$
				BEGIN
				    CREATE ROLE casebridge_app NOLOGIN;
				EXCEPTION WHEN duplicate_object OR unique_violation THEN
				    NULL;
				END
				$$""");
		admin("CREATE ROLE " + OWNER + " LOGIN PASSWORD 'owner-secret'");
		admin("CREATE ROLE " + GATEWAY + " LOGIN PASSWORD 'gateway-secret' IN ROLE casebridge_app");
		admin("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
		// docs/audit.md, "Configuration": the checkpoint key pair
		Path signing = keys.resolve("audit-signing.pem");
		Path verify = keys.resolve("audit-verify.pem");
		openssl("genpkey", "-algorithm", "ed25519", "-out", signing.toString());
		openssl("pkey", "-in", signing.toString(), "-pubout", "-out", verify.toString());

		simulator = Simulator.start(SimulatorSettings.defaults().withEphemeralPorts());
		idp = new TestIdentityProvider();
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=production", "--server.port=0",
				"--management.server.port=0", "--spring.datasource.url=" + SERVER + DATABASE,
				"--spring.datasource.username=" + GATEWAY, "--spring.datasource.password=gateway-secret",
				"--spring.flyway.user=" + OWNER, "--spring.flyway.password=owner-secret",
				"--casebridge.handles.secret=production-handle-secret-of-at-least-32-chars",
				"--casebridge.audit.criteria-key=production-criteria-key", "--casebridge.audit.signing-key=" + signing,
				"--casebridge.audit.verify-key=" + verify, "--casebridge.audit.generate-missing-keys=false",
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + idp.issuer(),
				"--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + idp.jwksUri(),
				"--casebridge.data-dir=" + keys));
		args.addAll(GatewayWiring.arguments(GatewayWiring.properties(simulator)));
		gateway = SpringApplication.run(GatewayApplication.class, args.toArray(String[]::new));
	}

	@AfterAll
	static void stop() {
		if (gateway != null) {
			gateway.close();
		}
		if (simulator != null) {
			simulator.close();
		}
		if (idp != null) {
			idp.close();
		}
		admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
		admin("DROP ROLE IF EXISTS " + GATEWAY);
		admin("DROP ROLE IF EXISTS " + OWNER);
	}

	@Test
	void theProductionProfileServesASearchAndAuditsIt() throws SQLException {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		int port = Integer.parseInt(gateway.getEnvironment().getProperty("local.server.port"));
		GraphQlClient client = new GraphQlClient(URI.create("http://127.0.0.1:" + port + "/graphql"));

		GraphQlClient.Response response = client.post(idp.token("worker-1", "support-worker"),
				Documents.load("searchPeople"),
				Map.of("criteria", Map.of("ssn", person.ssn()), "purpose", "LOCATE_PARENT"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.text()).isTrue();
		assertThat(response.data().path("searchPeople").path("candidates").size()).isGreaterThanOrEqualTo(1);
		assertThat(count("SELECT count(*) FROM audit_event WHERE event_type = 'PERSON_SEARCH'")).isEqualTo(1);
	}

	/**
	 * The gateway may read and add, never delete; the only rows it may change are those
	 * of its own work queues — the change feeds' cursors, the change inbox (a change is
	 * marked applied) and the alerts (acknowledged, dismissed). Policy, audit and refused
	 * changes are only ever added.
	 */
	@Test
	void theGatewayRoleMayChangeNothingButItsWorkQueues() throws SQLException {
		long changing = count("""
				SELECT count(*) FROM information_schema.role_table_grants
				WHERE grantee = 'casebridge_app' AND table_catalog = current_database()
				  AND privilege_type NOT IN ('SELECT', 'INSERT')
				  AND NOT (privilege_type = 'UPDATE'
				           AND table_name IN ('joint_change_cursor', 'joint_change_inbox', 'joint_alert'))""");
		long ownedByGateway = count(
				"SELECT count(*) FROM pg_tables WHERE tableowner IN ('casebridge_app', '" + GATEWAY + "')");

		assertThat(changing).isZero();
		assertThat(ownedByGateway).isZero();
		assertThat(count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = '" + OWNER + "'"))
			.isPositive();
	}

	@Test
	void prometheusIsScrapedOnTheManagementPortOnly() throws Exception {
		int api = Integer.parseInt(gateway.getEnvironment().getProperty("local.server.port"));
		int management = Integer.parseInt(gateway.getEnvironment().getProperty("local.management.port"));

		java.net.http.HttpResponse<String> scrape = get(management, "/actuator/prometheus");
		java.net.http.HttpResponse<String> viaApi = get(api, "/actuator/prometheus");

		assertThat(management).isNotEqualTo(api);
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("casebridge_policy_version").contains("resilience4j_circuitbreaker_state");
		assertThat(viaApi.statusCode()).isIn(401, 403);
		assertThat(get(management, "/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	private static java.net.http.HttpResponse<String> get(int port, String path) throws Exception {
		return java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void introspectionIsOffInProduction() {
		int port = Integer.parseInt(gateway.getEnvironment().getProperty("local.server.port"));
		GraphQlClient client = new GraphQlClient(URI.create("http://127.0.0.1:" + port + "/graphql"));

		GraphQlClient.Response response = client.post(idp.token("integrator", "support-worker"),
				"{ __schema { types { name } } }", Map.of());

		assertThat(response.text()).doesNotContain("\"types\"");
	}

	private static long count(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void admin(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 refused: " + sql, ex);
		}
	}

	private static void openssl(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("openssl"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(output).isZero();
		assertThat(Files.exists(Path.of(args[args.length - 1]))).isTrue();
	}

}
