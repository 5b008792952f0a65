package org.casebridge.gateway.audit;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
