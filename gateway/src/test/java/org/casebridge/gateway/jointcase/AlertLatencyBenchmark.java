package org.casebridge.gateway.jointcase;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.GatewayWiring;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long from an agency recording a change to the alert it raises reaching a live
 * subscriber: the simulator replays its population's history at a fixed pace while every
 * simulated worker is subscribed, and, with {@code -Dviews=N}, N callers ask for person
 * views beside it. Prints the figures; asserts no timing. Not part of the suite (run with
 * {@code -Dtest=AlertLatencyBenchmark}); see docs/joint-cases.md.
 */
class AlertLatencyBenchmark extends GatewayIntegrationTest {

	private static final double PACE = Double.parseDouble(System.getProperty("pace", "100"));

	private static final Duration RUN = Duration.parse(System.getProperty("run", "PT30S"));

	/** Callers asking for person views beside the changes, one request after another. */
	private static final int VIEW_CALLERS = Integer.parseInt(System.getProperty("views", "0"));

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AlertBroadcast broadcast;

	@Test
	void changeToSubscriberLatency() {
		List<AlertSubscriber> subscribers = new ArrayList<>();
		GatewayWiring.caseworkers()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().endsWith(".user"))
			.forEach((e) -> subscribers.add(AlertSubscriber.connect(this.port,
					idp.token(e.getValue(), e.getValue().contains("@") ? "support-worker" : "welfare-worker"))));
		PersonViewLoad views = PersonViewLoad.start(this.graphql, idp.token("supervisor-1", "supervisor"), handles(),
				VIEW_CALLERS);
		int before = announced();
		Instant start = Instant.now();
		simulator.changes().pace(PACE);
		LockSupport.parkNanos(RUN.toNanos());
		simulator.changes().pace(0);
		views.stop();
		int changes = announced() - before;
		Duration took = Duration.between(start, Instant.now());
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (pending() > 0 && System.nanoTime() < deadline) {
			LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
		}
		LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
		Map<String, Instant> received = new HashMap<>();
		subscribers.forEach((s) -> received.putAll(s.receivedAt()));
		List<Long> latencies = new ArrayList<>();
		for (Map.Entry<String, Instant> entry : received.entrySet()) {
			Timestamp recorded = this.jdbc.sql("SELECT change_recorded_at FROM joint_alert WHERE id = :id")
				.param("id", entry.getKey())
				.query(Timestamp.class)
				.single();
			latencies.add(Duration.between(recorded.toInstant(), entry.getValue()).toMillis());
		}
		latencies.sort(Long::compare);
		long raised = this.jdbc.sql("SELECT COUNT(*) FROM joint_alert WHERE raised_at >= :start")
			.param("start", Timestamp.from(start))
			.query(Long.class)
			.single();
		long applied = this.jdbc.sql("SELECT COUNT(*) FROM joint_change_inbox WHERE applied_at >= :start")
			.param("start", Timestamp.from(start))
			.query(Long.class)
			.single();
		System.out.printf("subscribers %d (live %d); changes applied %d; alerts raised %d; received %d%n",
				subscribers.size(), this.broadcast.subscribers(), applied, raised,
				subscribers.stream().mapToInt((s) -> s.received().size()).sum());
		subscribers.forEach((s) -> System.out.println("other messages: " + s.others()));
		System.out.println(
				"recipients: " + this.jdbc.sql("SELECT DISTINCT recipient FROM joint_alert WHERE raised_at >= :start")
					.param("start", Timestamp.from(start))
					.query(String.class)
					.list());
		subscribers.forEach(AlertSubscriber::close);
		assertThat(latencies).isNotEmpty();
		System.out.printf("changes announced %d in %d s (%.1f/s); alerts received %d; still pending %d%n", changes,
				took.toSeconds(), changes * 1000.0 / took.toMillis(), latencies.size(), pending());
		System.out.printf("change recorded -> alert received (ms): p50 %d  p95 %d  p99 %d  max %d%n",
				at(latencies, 0.50), at(latencies, 0.95), at(latencies, 0.99), latencies.get(latencies.size() - 1));
		System.out.printf("changes applied without opening anyone %d; opened once with others %d%n",
				outcomes(start, "%no flag rests on it%"), outcomes(start, "%decided once for%"));
		System.out.printf("where the time goes, p50/p95 (ms): recorded -> read into the inbox %s; read -> applied %s%n",
				lag(start, "received_at", "recorded_at"), lag(start, "applied_at", "received_at"));
		List<Long> viewed = views.latencies();
		if (VIEW_CALLERS > 0) {
			viewed = viewed.isEmpty() ? List.of(-1L) : viewed;
			System.out.printf(
					"person views beside it: %d callers, %d answered (%.1f/s), %d failed; (ms) p50 %d  p95 %d"
							+ "  p99 %d%n",
					views.callers(), viewed.size(), viewed.size() * 1000.0 / took.toMillis(), views.failed(),
					at(viewed, 0.50), at(viewed, 0.95), at(viewed, 0.99));
		}
	}

	/** Handles of people every agency may hold, for the person-view load. */
	private List<String> handles() {
		if (VIEW_CALLERS == 0) {
			return List.of();
		}
		String token = idp.token("supervisor-1", "supervisor");
		List<String> handles = new ArrayList<>();
		for (var person : simulator.population().people()) {
			if (handles.size() == 40) {
				break;
			}
			if (person.dateOfBirth() != null) {
				String handle = firstHandle(token, Map.of("lastName", person.last(), "firstName", person.first(),
						"dateOfBirth", person.dateOfBirth().toString()), "CASE_REVIEW");
				if (handle != null && !handle.isEmpty()) {
					handles.add(handle);
				}
			}
		}
		assertThat(handles).isNotEmpty();
		return handles;
	}

	private String lag(Instant start, String later, String earlier) {
		String seconds = "EXTRACT(EPOCH FROM (" + later + " - " + earlier + "))";
		return this.jdbc
			.sql("SELECT CONCAT(CAST(ROUND(1000 * percentile_cont(0.5) WITHIN GROUP (ORDER BY " + seconds
					+ ")) AS BIGINT), '/', CAST(ROUND(1000 * percentile_cont(0.95) WITHIN GROUP (ORDER BY " + seconds
					+ ")) AS BIGINT)) FROM joint_change_inbox WHERE applied_at >= :start")
			.param("start", Timestamp.from(start))
			.query(String.class)
			.single();
	}

	private long outcomes(Instant start, String like) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM joint_change_inbox WHERE applied_at >= :start AND outcome LIKE :like")
			.param("start", Timestamp.from(start))
			.param("like", like)
			.query(Long.class)
			.single();
	}

	private int announced() {
		return simulator.changes().count(Agency.SUPPORT) + simulator.changes().count(Agency.WELFARE)
				+ simulator.changes().count(Agency.LOCATE);
	}

	private long pending() {
		return this.jdbc.sql("SELECT COUNT(*) FROM joint_change_inbox WHERE applied_at IS NULL AND attempts < 3")
			.query(Long.class)
			.single();
	}

	private static long at(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
	}

}
