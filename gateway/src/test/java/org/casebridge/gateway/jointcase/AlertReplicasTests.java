package org.casebridge.gateway.jointcase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.casebridge.gateway.GatewayApplication;
import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.simulator.JointCase;
import org.casebridge.simulator.JointCaseKind;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live delivery across two replicas sharing one database: a second gateway beside the
 * shared one, both reading the agencies' feeds; a subscriber on either receives each
 * alert once.
 */
class AlertReplicasTests extends GatewayIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static ConfigurableApplicationContext second;

	@Autowired
	private ConfigurableEnvironment environment;

	@Autowired
	private AlertBroadcast broadcast;

	@AfterAll
	static void stopSecond() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void aSubscriberOnEitherReplicaReceivesEachAlertOnce() {
		int secondPort = startSecond();
		JointCase situation = simulator.population()
			.jointCase(JointCaseKind.REUNIFICATION_REFERRAL)
			.orElseThrow(() -> new AssertionError("no reunification referral"));
		String watcher = "watcher-" + UUID.randomUUID().toString().substring(0, 8);
		String token = idp.token(watcher, "welfare-worker");
		watch(token, simulator.population().person(situation.subjectTruthId()));

		try (AlertSubscriber onFirst = AlertSubscriber.connect(this.port, token);
				AlertSubscriber onSecond = AlertSubscriber.connect(secondPort, token)) {
			await(() -> this.broadcast.subscribers() >= 1 && second.getBean(AlertBroadcast.class).subscribers() >= 1,
					() -> onFirst.others() + " " + onSecond.others());
			simulator.changes()
				.announce(situation.agency(), situation.code(), situation.agencyPersonId(), situation.caseNumber(),
						situation.effective());
			simulator.changes()
				.announce(situation.agency(), situation.code(), situation.agencyPersonId(), situation.caseNumber(),
						situation.effective());
			await(() -> !inbox(token).isEmpty() && onFirst.received().containsAll(inbox(token))
					&& onSecond.received().containsAll(inbox(token)),
					() -> onFirst.received() + " " + onSecond.received());
			List<String> raised = inbox(token);
			assertThat(raised).contains(raised.get(0)).doesNotHaveDuplicates();
			assertThat(onFirst.received()).containsExactlyInAnyOrderElementsOf(raised);
			assertThat(onSecond.received()).containsExactlyInAnyOrderElementsOf(raised);
		}
	}

	/**
	 * Watches every candidate a welfare worker finds under the child's name (the worker's
	 * grant masks SSNs, so an SSN is no criterion of theirs).
	 */
	private void watch(String token, SyntheticPerson child) {
		JsonNode candidates = query(token, Documents.load("searchPeople"), Map.of("criteria",
				Map.of("lastName", child.last(), "firstName", child.first()), "purpose", "PLACEMENT_PLANNING"))
			.body()
			.path("data")
			.path("searchPeople")
			.path("candidates");
		assertThat(candidates.size()).isPositive();
		for (JsonNode candidate : candidates) {
			assertThat(
					query(token, Documents.load("watchPerson"), Map.of("handle", candidate.path("handle").asString()))
						.data()
						.path("watchPerson")
						.asBoolean())
				.isTrue();
		}
	}

	private List<String> inbox(String token) {
		JsonNode alerts = query(token, Documents.load("alerts"), Map.of("purpose", "CASE_REVIEW")).data()
			.path("alerts")
			.path("alerts");
		List<String> ids = new ArrayList<>();
		alerts.forEach((alert) -> ids.add(alert.path("id").asString()));
		return ids;
	}

	/** Starts a second replica with the shared one's database, agencies and secrets. */
	private int startSecond() {
		if (second == null) {
			// as command-line arguments, which override the gateway's application.yml
			List<String> arguments = new ArrayList<>();
			for (PropertySource<?> source : this.environment.getPropertySources()) {
				if (source.getName().contains("Dynamic") && source instanceof EnumerablePropertySource<?> names) {
					for (String name : names.getPropertyNames()) {
						arguments.add("--" + name + "=" + this.environment.getProperty(name));
					}
				}
			}
			assertThat(arguments)
				.anyMatch((argument) -> argument.startsWith("--spring.datasource.url=jdbc:postgresql"));
			arguments.add("--server.port=0");
			second = new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(String[]::new));
		}
		return Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
	}

	private static void await(java.util.function.BooleanSupplier condition, java.util.function.Supplier<String> seen) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within " + PATIENCE + ": " + seen.get());
			}
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
	}

}
