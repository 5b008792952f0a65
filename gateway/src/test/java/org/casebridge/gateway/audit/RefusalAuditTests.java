package org.casebridge.gateway.audit;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.junit.jupiter.api.BeforeEach;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of refusal leaves exactly one record, or, for callers who are not
 * authenticated, one summary per address and minute; what an unverified token claims is
 * kept as a claim, never as the subject.
 */
class RefusalAuditTests extends GatewayIntegrationTest {

	private static final String UPDATE_PURPOSE = "mutation Purpose { updatePurpose(input: {purpose: CASE_REVIEW, "
			+ "enabled: false}, change: {reason: \"test\"}) { version } }";

	@Autowired
	private DataSource dataSource;

	@Autowired
	private RefusalSummaries summaries;

	@Autowired
	private AuditTrail trail;

	private long before;

	private long marker;

	@BeforeEach
	void markTheTrail() {
		this.summaries.flushAll();
		awaitWritten();
		this.before = this.marker;
	}

	@Test
	void aPolicyChangeRefusedToACaseworkerIsRecordedOnce() {
		GraphQlClient.Response response = query(idp.token("worker.pat", "support-worker"), UPDATE_PURPOSE, Map.of());

		assertThat(response.firstErrorCode()).isEqualTo("FORBIDDEN");
		awaitWritten();
		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("event_type")).isEqualTo("ACCESS_DENIED");
			assertThat(row.get("subject")).isEqualTo("worker.pat");
			assertThat(row.get("detail")).isEqualTo("FORBIDDEN:updatePurpose");
		});
	}

	@Test
	void theAccessPolicyRefusedToACaseworkerIsRecordedOnce() {
		GraphQlClient.Response response = query(idp.token("worker.quin", "welfare-worker"),
				"query Policy { accessPolicy { version { version } } }", Map.of());

		assertThat(response.firstErrorCode()).isEqualTo("FORBIDDEN");
		awaitWritten();
		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("event_type")).isEqualTo("ACCESS_DENIED");
			assertThat(row.get("subject")).isEqualTo("worker.quin");
			assertThat(row.get("detail")).isEqualTo("FORBIDDEN:accessPolicy");
			assertThat(row.get("operation_name")).isEqualTo("Policy");
		});
	}

	@Test
	void anAuditQueryRefusedToACaseworkerIsRecordedOnce() {
		GraphQlClient.Response response = query(idp.token("worker.ria", "support-worker"),
				"query Trail { auditEvents(filter: {from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\"}) "
						+ "{ pageInfo { hasNextPage } } }",
				Map.of());

		assertThat(response.firstErrorCode()).isEqualTo("FORBIDDEN");
		awaitWritten();
		assertThat(rowsAfter()).singleElement()
			.satisfies((row) -> assertThat(row.get("detail")).isEqualTo("FORBIDDEN:auditEvents"));
	}

	@Test
	void aTokenWithoutAKnownRoleIsRefusedAndRecordedOnceUnderItsVerifiedSubject() {
		GraphQlClient.Response response = query(idp.token("svc.nobody", "janitor"), "{ __typename }", Map.of());

		assertThat(response.status()).isEqualTo(403);
		awaitWritten();
		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("event_type")).isEqualTo("ACCESS_DENIED");
			assertThat(row.get("subject")).isEqualTo("svc.nobody");
			assertThat(row.get("detail")).isEqualTo("NO_KNOWN_ROLE");
		});
	}

	@Test
	void anOperationOverTheLimitsIsRecordedOnce() {
		String deep = "query Deep { searchPeople(criteria: {lastName: \"Rivera\"}, purpose: LOCATE_PARENT) { ...A } }"
				+ " fragment A on PersonSearchResult { candidates { records { ...B } } }"
				+ " fragment B on AgencyRecord { provenance { ... on Provenance { x { y { z { w { v { u { t } } } } } } } } }";

		GraphQlClient.Response response = query(idp.token("worker.sol", "support-worker"), deep, Map.of());

		assertThat(response.firstErrorCode()).isEqualTo("LIMIT_EXCEEDED");
		awaitWritten();
		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("subject")).isEqualTo("worker.sol");
			assertThat(row.get("detail").toString()).startsWith("LIMIT_EXCEEDED");
		});
	}

	@Test
	void requestsWithoutATokenAreSummarisedOncePerAddressAndMinute() {
		for (int i = 0; i < 3; i++) {
			assertThat(query(null, "{ __typename }", Map.of()).status()).isEqualTo(401);
		}
		awaitWritten();
		assertThat(rowsAfter()).isEmpty();
		this.before = this.marker;

		this.summaries.flushAll();
		awaitWritten();

		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("event_type")).isEqualTo("AUTHENTICATION_FAILED");
			assertThat(row.get("subject")).isNull();
			assertThat(row.get("client_address")).isEqualTo("127.0.0.1");
			assertThat(row.get("detail")).isEqualTo("MISSING_TOKEN x3 in the minute");
		});
	}

	@Test
	void forgedTokensAreSummarisedWithTheirClaimsNeverAsTheSubject() {
		String forged = idp.token("security-officer", "security-officer");
		String tampered = forged.substring(0, forged.length() - 4) + "AAAA";
		for (int i = 0; i < 2; i++) {
			assertThat(query(tampered, "{ __typename }", Map.of()).status()).isEqualTo(401);
		}
		assertThat(query("not-a-jwt", "{ __typename }", Map.of()).status()).isEqualTo(401);

		this.summaries.flushAll();
		awaitWritten();

		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("event_type")).isEqualTo("AUTHENTICATION_FAILED");
			assertThat(row.get("subject")).isNull();
			assertThat(row.get("detail")).isEqualTo("INVALID_BEARER_TOKEN x3 in the minute");
			assertThat(row.get("criteria").toString()).contains("\"claimedSubject\":\"security-officer\"");
		});
	}

	@Test
	void anOperationWithTooManyAliasesIsRecordedOnce() {
		StringBuilder aliases = new StringBuilder("query Aliases {");
		for (int i = 0; i < 40; i++) {
			aliases.append(" a").append(i).append(": __typename");
		}
		GraphQlClient.Response response = query(idp.token("worker.tal", "support-worker"), aliases + " }", Map.of());

		assertThat(response.firstErrorCode()).isEqualTo("LIMIT_EXCEEDED");
		awaitWritten();
		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("subject")).isEqualTo("worker.tal");
			assertThat(row.get("event_type")).isEqualTo("ACCESS_DENIED");
			assertThat(row.get("detail").toString()).startsWith("LIMIT_EXCEEDED");
		});
	}

	@Test
	void aDocumentOverTheParsersTokenLimitIsRecordedOnce() {
		String tokens = "query Tokens { " + "__typename ".repeat(2) + "a ".repeat(3100) + "}";
		GraphQlClient.Response response = query(idp.token("worker.uma", "support-worker"), tokens, Map.of());

		assertThat(response.firstErrorCode()).as(response.text()).isEqualTo("LIMIT_EXCEEDED");
		awaitWritten();
		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("subject")).isEqualTo("worker.uma");
			assertThat(row.get("detail").toString()).startsWith("LIMIT_EXCEEDED");
		});
	}

	@Test
	void introspectionRefusedToACaseworkerIsRecordedOnce() {
		GraphQlClient.Response response = query(idp.token("worker.val", "support-worker"),
				"query Schema { __schema { types { name } } }", Map.of());

		assertThat(response.firstErrorCode()).isEqualTo("FORBIDDEN");
		awaitWritten();
		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("subject")).isEqualTo("worker.val");
			assertThat(row.get("detail").toString()).startsWith("FORBIDDEN");
		});
	}

	@Test
	void operationsOverTheRateLimitAreSummarisedOncePerCallerAndMinute() {
		RedisClient redis = RedisClient.create("redis://127.0.0.1:6379");
		try (StatefulRedisConnection<String, String> connection = redis.connect()) {
			String key = RATE_LIMIT_PREFIX + "rate:user:worker.wes";
			connection.sync().set(key, "2000000");
			connection.sync().pexpire(key, 20_000);
		}
		finally {
			redis.shutdown();
		}
		// the limits fail open when Redis is slow to answer (decision 16): count the
		// refusals that happened
		int refused = 0;
		for (int i = 0; i < 5; i++) {
			int status = query(idp.token("worker.wes", "support-worker"), "{ __typename }", Map.of()).status();
			assertThat(status).isIn(200, 429);
			refused += (status == 429) ? 1 : 0;
		}
		assertThat(refused).as("refused while over the limit").isPositive();
		awaitWritten();
		assertThat(rowsAfter()).as("nothing written at request rate").isEmpty();
		this.before = this.marker;

		this.summaries.flushAll();
		awaitWritten();

		int count = refused;
		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("event_type")).isEqualTo("ACCESS_DENIED");
			assertThat(row.get("subject")).isEqualTo("worker.wes");
			assertThat(row.get("detail")).isEqualTo("RATE_LIMITED_USER x" + count + " in the minute");
		});
	}

	@ParameterizedTest
	@MethodSource("badShapes")
	void requestsRefusedForTheirShapeAreSummarisedWithTheirClaimsNeverAsTheSubject(String kind,
			HttpRequest.Builder request) {
		String token = idp.token("worker.xan", "support-worker");
		for (int i = 0; i < 2; i++) {
			GraphQlClient.Response response = this.graphql
				.send(request.copy().uri(this.graphql.endpoint()).header("Authorization", "Bearer " + token).build());
			assertThat(response.status()).isBetween(400, 499);
		}
		awaitWritten();
		assertThat(rowsAfter()).isEmpty();
		this.before = this.marker;

		this.summaries.flushAll();
		awaitWritten();

		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("event_type")).isEqualTo("ACCESS_DENIED");
			assertThat(row.get("subject")).isNull();
			assertThat(row.get("client_address")).isEqualTo("127.0.0.1");
			assertThat(row.get("detail")).isEqualTo(kind + " x2 in the minute");
			assertThat(row.get("criteria").toString()).contains("\"claimedSubject\":\"worker.xan\"");
		});
	}

	static Stream<Arguments> badShapes() {
		String json = "application/json";
		return Stream.of(Arguments.of("REQUEST_METHOD_NOT_ALLOWED", HttpRequest.newBuilder().GET()),
				Arguments.of("REQUEST_UNSUPPORTED_MEDIA_TYPE",
						HttpRequest.newBuilder()
							.header("Content-Type", "text/plain")
							.POST(BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))),
				Arguments.of("REQUEST_PAYLOAD_TOO_LARGE",
						HttpRequest.newBuilder()
							.header("Content-Type", json)
							.POST(BodyPublishers
								.ofString("{\"query\":\"{ __typename }\",\"x\":\"" + "y".repeat(40_000) + "\"}"))),
				Arguments.of("REQUEST_BAD_REQUEST",
						HttpRequest.newBuilder()
							.header("Content-Type", json)
							.POST(BodyPublishers.ofString("[{\"query\":\"{ __typename }\"}]"))));
	}

	@Test
	void anAuthenticatedRequestRefusedOutsideTheApiIsRecordedOnceUnderItsSubject() {
		GraphQlClient.Response response = this.graphql
			.send(HttpRequest.newBuilder(this.graphql.endpoint().resolve("/actuator/env"))
				.header("Authorization", "Bearer " + idp.token("worker.yul", "support-worker"))
				.GET()
				.build());

		assertThat(response.status()).isEqualTo(403);
		awaitWritten();
		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("event_type")).isEqualTo("ACCESS_DENIED");
			assertThat(row.get("subject")).isEqualTo("worker.yul");
			assertThat(row.get("operation_name")).isEqualTo("GET /actuator/env");
		});
	}

	@Test
	void anonymousRequestsOutsideTheApiAreSummarisedOncePerAddressAndMinute() {
		for (int i = 0; i < 2; i++) {
			GraphQlClient.Response response = this.graphql
				.send(HttpRequest.newBuilder(this.graphql.endpoint().resolve("/no-such-page")).GET().build());
			assertThat(response.status()).isBetween(401, 403);
		}
		this.summaries.flushAll();
		awaitWritten();

		assertThat(rowsAfter()).singleElement().satisfies((row) -> {
			assertThat(row.get("event_type")).isEqualTo("AUTHENTICATION_FAILED");
			assertThat(row.get("subject")).isNull();
			assertThat(row.get("detail")).isEqualTo("NOT_SIGNED_IN x2 in the minute");
		});
	}

	private List<Map<String, Object>> rowsAfter() {
		return JdbcClient.create(this.dataSource)
			.sql("SELECT * FROM audit_event WHERE seq > ? AND seq < ? ORDER BY seq")
			.param(this.before)
			.param(this.marker)
			.query()
			.listOfRows();
	}

	/**
	 * Records are committed in the background, in the order they were queued: a marker
	 * recorded now is committed after every record queued before it.
	 */
	private void awaitWritten() {
		this.marker = this.trail.record(
				new AuditEvent(AuditEventType.AUDIT_QUERY, null, new AuditCaller("refusal-tests-marker", null, null),
						null, null, null, null, AuditOutcome.SUCCESS, null));
	}

}
