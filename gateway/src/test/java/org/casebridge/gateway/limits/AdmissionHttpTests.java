package org.casebridge.gateway.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.casebridge.gateway.audit.AuditCaller;
import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.audit.AuditEventType;
import org.casebridge.gateway.audit.AuditOutcome;
import org.casebridge.gateway.audit.AuditTrail;
import org.casebridge.gateway.audit.RefusalSummaries;
import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway at capacity tells the caller so, over HTTP, and asks no agency; once there is
 * room again the same request is answered.
 */
class AdmissionHttpTests extends GatewayIntegrationTest {

	@Autowired
	private Admission admission;

	@Autowired
	private ApiProperties properties;

	@Autowired
	private RefusalSummaries summaries;

	@Autowired
	private AuditTrail trail;

	@Autowired
	private DataSource dataSource;

	@Test
	void refusalsAtCapacityAreSummarisedOncePerCallerAndMinute() {
		String token = idp.token("worker-at-capacity", "support-worker");
		List<Admission.Permit> held = new ArrayList<>();
		this.summaries.flushAll();
		long before = marker();
		try {
			for (int i = 0; i < this.properties.concurrency().maxRunning(); i++) {
				held.add(this.admission.admit("holder-" + i).block());
			}
			for (int i = 0; i < 2; i++) {
				assertThat(query(token, "{ __typename }", Map.of()).status()).isEqualTo(503);
			}
		}
		finally {
			held.forEach(Admission.Permit::release);
		}
		this.summaries.flushAll();
		long after = marker();

		List<Map<String, Object>> rows = JdbcClient.create(this.dataSource)
			.sql("SELECT * FROM audit_event WHERE seq > ? AND seq < ? ORDER BY seq")
			.param(before)
			.param(after)
			.query()
			.listOfRows();
		// each refusal waits its turn (max-wait) first, so the two may fall in two
		// minutes
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.get("event_type")).isEqualTo("ACCESS_DENIED");
			assertThat(row.get("subject")).isEqualTo("worker-at-capacity");
			assertThat(row.get("detail").toString()).matches("OVERLOADED x[12] in the minute");
		});
		assertThat(rows.stream().map((row) -> row.get("occurred_at")).distinct()).hasSameSizeAs(rows);
		assertThat(rows.stream()
			.mapToInt((row) -> Integer.parseInt(row.get("detail").toString().replaceAll("\\D", "")))
			.sum()).as("one summary counting both refusals").isEqualTo(2);
	}

	/**
	 * A record committed after every record queued before it: records are committed in
	 * the order they were queued.
	 */
	private long marker() {
		return this.trail.record(
				new AuditEvent(AuditEventType.AUDIT_QUERY, null, new AuditCaller("admission-tests-marker", null, null),
						null, null, null, null, AuditOutcome.SUCCESS, null));
	}

	@Test
	void atCapacityAnOperationWaitsItsTimeThenIsRefusedWithRetryAfter() {
		String token = idp.token("worker-1", "support-worker");
		Map<String, Object> variables = Map.of("criteria", Map.of("lastName", "Rivera"), "purpose", "LOCATE_PARENT");
		List<Admission.Permit> held = new ArrayList<>();
		GraphQlClient.Response refused;
		long asked;
		try {
			for (int i = 0; i < this.properties.concurrency().maxRunning(); i++) {
				held.add(this.admission.admit("holder-" + i).block());
			}
			asked = agencyRequests();
			refused = query(token, Documents.load("searchPeople"), variables);
			assertThat(agencyRequests()).isEqualTo(asked);
		}
		finally {
			held.forEach(Admission.Permit::release);
		}

		assertThat(refused.status()).as(refused.text()).isEqualTo(503);
		assertThat(refused.firstErrorCode()).isEqualTo("OVERLOADED");
		assertThat(refused.data().isNull() || refused.data().isMissingNode()).isTrue();
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValue(Long.toString(this.properties.concurrency().maxWait().toSeconds()));
		assertThat(refused.text()).doesNotContain("Exception").doesNotContain("org.casebridge");

		GraphQlClient.Response answered = query(token, Documents.load("searchPeople"), variables);
		assertThat(answered.errors() == null || answered.errors().isEmpty()).isTrue();
		assertThat(answered.data().path("searchPeople").path("candidates").isArray()).isTrue();
		assertThat(this.admission.running()).isZero();
	}

}
