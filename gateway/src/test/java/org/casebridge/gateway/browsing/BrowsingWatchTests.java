package org.casebridge.gateway.browsing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.casebridge.gateway.access.People;
import org.casebridge.simulator.GatewayWiring;
import org.casebridge.simulator.JointCase;
import org.casebridge.simulator.JointCaseKind;
import org.casebridge.simulator.SyntheticPerson;
import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A caller whose person views look like browsing is flagged once in the audit trail: one
 * person viewed more than 20 times in the hour without a case tie, or more than 100
 * different people (the shipped thresholds). The answers themselves are not refused.
 */
class BrowsingWatchTests extends GatewayIntegrationTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void aCallerViewingOnePersonOverAndOverIsFlaggedOnce() {
		String subject = "browser-" + UUID.randomUUID();
		String handle = handle();
		String token = idp.token(subject, "support-worker");

		for (int view = 1; view <= 20; view++) {
			assertThat(view(token, handle)).isEqualTo(200);
		}
		assertThat(flags(subject)).as("20 views are within the threshold").isEmpty();
		assertThat(view(token, handle)).as("the 21st is answered").isEqualTo(200);
		view(token, handle);

		await().atMost(Duration.ofSeconds(10)).until(() -> !flags(subject).isEmpty());
		assertThat(flags(subject)).singleElement().asString().contains("one person viewed 21 times");
	}

	@Test
	void aCallerViewingManyDifferentPeopleInAnHourIsFlagged() {
		String subject = "browser-" + UUID.randomUUID();
		long hour = System.currentTimeMillis() / Duration.ofHours(1).toMillis();
		RedisClient redis = RedisClient.create("redis://127.0.0.1:6379");
		try (StatefulRedisConnection<String, String> connection = redis.connect()) {
			String key = RATE_LIMIT_PREFIX + "browse:people:" + subject + ":" + hour;
			for (int i = 0; i < 100; i++) {
				connection.sync().pfadd(key, "someone-else-" + i);
			}
			connection.sync().pexpire(key, 60_000);
		}
		finally {
			redis.shutdown();
		}

		assertThat(view(idp.token(subject, "support-worker"), handle())).isEqualTo(200);

		await().atMost(Duration.ofSeconds(10)).until(() -> !flags(subject).isEmpty());
		assertThat(flags(subject)).singleElement().asString().contains("many different people: 101");
	}

	@Test
	void theAssignedWorkerViewingTheirOwnCasesChildThirtyTimesIsNotFlagged() {
		JointCase situation = simulator.population()
			.jointCase(JointCaseKind.PAYEE_AFTER_REMOVAL)
			.orElseThrow(() -> new AssertionError("no child in care on a support case"));
		String child = handleOf(simulator.population().person(situation.subjectTruthId()));
		String assigned = GatewayWiring.userOf(situation.supportWorkerEmail());
		String unassigned = "browser-" + UUID.randomUUID();

		for (int view = 1; view <= 30; view++) {
			assertThat(view(idp.token(assigned, "support-worker"), child)).isEqualTo(200);
		}
		// the control: the same views by a worker with no case of the child are flagged
		for (int view = 1; view <= 21; view++) {
			assertThat(view(idp.token(unassigned, "support-worker"), child)).isEqualTo(200);
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> !flags(unassigned).isEmpty());
		assertThat(flags(unassigned)).singleElement().asString().contains("without a case tie");
		// counted on one connection, in order: the assigned worker's views were counted
		// before the control's, and the tied ones not towards one person
		assertThat(flags(assigned)).as("the assigned worker is not flagged").isEmpty();
		assertThat(distinctPeople(assigned)).as("their views were counted").isPositive();
	}

	@Test
	void watchingAPersonIsNoCaseTie() {
		String subject = "watcher-" + UUID.randomUUID();
		String token = idp.token(subject, "support-worker");
		String handle = handle();
		assertThat(query(token, Documents.load("watchPerson"), Map.of("handle", handle)).data()
			.path("watchPerson")
			.asBoolean()).isTrue();

		for (int view = 1; view <= 21; view++) {
			assertThat(view(token, handle)).isEqualTo(200);
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> !flags(subject).isEmpty());
		assertThat(flags(subject)).singleElement().asString().contains("one person viewed 21 times");
	}

	private long distinctPeople(String subject) {
		long hour = System.currentTimeMillis() / Duration.ofHours(1).toMillis();
		RedisClient redis = RedisClient.create("redis://127.0.0.1:6379");
		try (StatefulRedisConnection<String, String> connection = redis.connect()) {
			return connection.sync().pfcount(RATE_LIMIT_PREFIX + "browse:people:" + subject + ":" + hour);
		}
		finally {
			redis.shutdown();
		}
	}

	private String handleOf(SyntheticPerson person) {
		return People.handleOf(person, simulator.population(),
				(document, variables) -> query(idp.token("finder", "support-worker"), document, variables));
	}

	private String handle() {
		return People.handleOf(simulator.population().anyKnownToAllAgencies(), simulator.population(),
				(document, variables) -> query(idp.token("finder", "support-worker"), document, variables));
	}

	private int view(String token, String handle) {
		var response = query(token, Documents.load("person"), Map.of("handle", handle, "purpose", "LOCATE_PARENT"));
		assertThat(response.data().path("person").path("identity").isObject()).as(response.text()).isTrue();
		return response.status();
	}

	private List<String> flags(String subject) {
		return JdbcClient.create(this.dataSource)
			.sql("SELECT detail FROM audit_event WHERE subject = ? AND event_type = 'BULK_ACCESS_SUSPECTED'")
			.param(subject)
			.query(String.class)
			.list();
	}

}
