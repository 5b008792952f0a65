package org.casebridge.gateway.jointcase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.GatewayWiring;
import org.casebridge.simulator.LocatedParent;
import org.casebridge.simulator.LocatedParentKind;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The located-parent flag end to end over HTTP: the locate agency reports a new hire or a
 * DMV address in its signed feed, the gateway reads it, opens the person and alerts the
 * welfare worker of a child waiting for placement whose parent they are, with no
 * location; and, for each hard case the simulator makes on purpose, alerts nobody.
 */
class LocatedParentAlertsTests extends GatewayIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String KIND = "PARENT_LOCATED";

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aParentLocatedWhileTheirChildWaitsAlertsTheChildsWelfareWorkerOnceAndWithoutALocation() {
		LocatedParent located = situation(LocatedParentKind.PARENT_OF_WAITING_CHILD);
		String worker = GatewayWiring.userOf(located.welfareWorkerEmail());
		String child = simulator.population().agencyIds(located.childTruthId()).get(Agency.WELFARE);
		// located twice: one alert
		announce(located);
		announce(located);
		awaitApplied();

		JsonNode alert = awaitAlert(worker, (a) -> child.equals(locatedOf(a).path("childRecordId").asString()));
		JsonNode flag = alert.path("flag");
		assertThat(flag.path("actingAgency").asString()).isEqualTo("WELFARE");
		assertThat(flag.path("reason").asString()).contains("42 USC 653(a)(2)(A)(iv)");
		assertThat(flag.path("cases")).hasSize(1);
		assertThat(flag.path("cases").get(0).path("assignedToCaller").asBoolean()).isTrue();
		JsonNode evidence = locatedOf(alert);
		assertThat(evidence.path("kind").asString()).isEqualTo(located.code());
		assertThat(evidence.path("recordId").asString()).isEqualTo(located.recordId());
		assertThat(evidence.path("reportedOn").asString()).isEqualTo(located.reported().toString());
		assertThat(evidence.path("reportedBy").asString())
			.isEqualTo("NEW_HIRE".equals(located.code()) ? "NEW_HIRE_REGISTRY" : "DMV");
		assertThat(alerts(worker))
			.filteredOn((a) -> KIND.equals(a.path("flag").path("kind").asString())
					&& child.equals(locatedOf(a).path("childRecordId").asString()))
			.hasSize(1);

		// no location of the parent's, or of anyone in the family, in the alert
		String inbox = inboxText(worker);
		assertThat(located.locationValues()).isNotEmpty().noneMatch(inbox::contains);
		for (SyntheticPerson member : simulator.population()
			.family(simulator.population().person(located.personTruthId()).familyId())) {
			assertThat(simulator.population().locationValues(member.truthId())).noneMatch(inbox::contains);
		}

		// the worker opens the parent for the child, and the person view shows where
		GraphQlClient.Response view = query(idp.token(worker, "welfare-worker"), Documents.load("sweepPerson"),
				Map.of("handle", alert.path("person").asString(), "purpose", "LOCATE_PARENT_FOR_PLACEMENT", "forChild",
						evidence.path("child").asString()));
		JsonNode locate = view.data().path("person").path("locate");
		assertThat("NEW_HIRE".equals(located.code()) ? locate.path("employers").findValuesAsString("recordId")
				: locate.path("addresses").findValuesAsString("recordId"))
			.contains(located.recordId());

		// opening the parent decides the flag too
		GraphQlClient.Response flags = query(idp.token(worker, "welfare-worker"), Documents.load("jointCaseFlags"),
				Map.of("handle", alert.path("person").asString(), "purpose", "LOCATE_PARENT_FOR_PLACEMENT"));
		assertThat(flags.data().path("jointCaseFlags").path("flags").findValuesAsString("kind")).contains(KIND);

		// another welfare worker hears nothing of it
		String other = GatewayWiring.userOf(located.welfareWorkerEmail()).equals("ltran") ? "mbegay" : "ltran";
		assertThat(alerts(other)).noneMatch((a) -> KIND.equals(a.path("flag").path("kind").asString())
				&& child.equals(locatedOf(a).path("childRecordId").asString()));
	}

	@ParameterizedTest
	@EnumSource(value = LocatedParentKind.class, names = "PARENT_OF_WAITING_CHILD", mode = EnumSource.Mode.EXCLUDE)
	void aHardCaseIsAppliedAndAlertsNobody(LocatedParentKind kind) {
		LocatedParent located = situation(kind);
		String eventId = announce(located);
		awaitApplied();
		// opened and decided, not set aside
		assertThat(this.jdbc.sql("SELECT outcome FROM joint_change_inbox WHERE source = 'LOCATE' AND event_id = :id")
			.param("id", eventId)
			.query(String.class)
			.single()).matches("[0-9]+ flags.*");
		assertThat(
				this.jdbc
					.sql("SELECT COUNT(*) FROM joint_alert WHERE kind = :kind AND (subject_records LIKE :locate"
							+ " OR flag LIKE :child)")
					.param("kind", KIND)
					.param("locate", "%" + located.subjectKey() + "%")
					.param("child", "%\"childRecordId\":\""
							+ simulator.population().agencyIds(located.childTruthId()).get(Agency.WELFARE) + "\"%")
					.query(Long.class)
					.single())
			.isZero();
		if (located.welfareWorkerEmail() != null) {
			String worker = GatewayWiring.userOf(located.welfareWorkerEmail());
			assertThat(alerts(worker))
				.noneMatch((a) -> KIND.equals(a.path("flag").path("kind").asString()) && located.childTruthId()
					.equals(simulator.population()
						.truthIdOf(Agency.WELFARE, locatedOf(a).path("childRecordId").asString())
						.orElse(null)));
		}
	}

	@Test
	void unsignedAndUnreadableLocateChangesAreRefusedAndTheRestApplied() {
		LocatedParent located = situation(LocatedParentKind.CHILD_PLACED);
		String unsigned = simulator.changes()
			.announceUnsigned(Agency.LOCATE, located.code(), located.subjectKey(), located.recordId(),
					located.effective());
		String unreadable = simulator.changes()
			.announceUnreadable(Agency.LOCATE, located.code(), located.subjectKey(), located.recordId());
		String good = announce(located);
		awaitApplied();
		assertThat(
				this.jdbc.sql("SELECT reason FROM joint_change_refused WHERE source = 'LOCATE' AND event_id IN (:ids)")
					.param("ids", List.of(unsigned, unreadable))
					.query(String.class)
					.list())
			.containsExactlyInAnyOrder("not signed by the agency", "unreadable: an impossible date in effective");
		assertThat(
				this.jdbc.sql("SELECT event_id FROM joint_change_inbox WHERE source = 'LOCATE' AND event_id IN (:ids)")
					.param("ids", List.of(unsigned, unreadable, good))
					.query(String.class)
					.list())
			.containsExactly(good);
	}

	private LocatedParent situation(LocatedParentKind kind) {
		return simulator.population().locatedParent(kind).orElseThrow(() -> new AssertionError("no " + kind));
	}

	private String announce(LocatedParent located) {
		return simulator.changes()
			.announce(Agency.LOCATE, located.code(), located.subjectKey(), located.recordId(), located.effective());
	}

	private List<JsonNode> alerts(String user) {
		GraphQlClient.Response response = query(idp.token(user, "welfare-worker"), Documents.load("alerts"),
				Map.of("purpose", "CASE_REVIEW"));
		assertThat(response.status()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		response.data().path("alerts").path("alerts").forEach(items::add);
		return items;
	}

	private String inboxText(String user) {
		return query(idp.token(user, "welfare-worker"), Documents.load("alerts"), Map.of("purpose", "CASE_REVIEW"))
			.text();
	}

	private JsonNode awaitAlert(String user, Predicate<JsonNode> matching) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (true) {
			for (JsonNode alert : alerts(user)) {
				if (KIND.equals(alert.path("flag").path("kind").asString()) && matching.test(alert)) {
					return alert;
				}
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("no " + KIND + " alert for " + user + " within " + PATIENCE);
			}
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
	}

	/** Waits until every change announced so far is read and applied (or set aside). */
	private void awaitApplied() {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (pendingOrUnread() > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("changes still pending after " + PATIENCE);
			}
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
	}

	private long pendingOrUnread() {
		return ChangeBacklog.pendingOrUnread(simulator.changes(), this.jdbc);
	}

	private static JsonNode locatedOf(JsonNode alert) {
		return alert.path("flag").path("evidence").path("located");
	}

}
