package org.casebridge.gateway.jointcase;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.GatewayWiring;
import org.casebridge.simulator.JointCase;
import org.casebridge.simulator.JointCaseKind;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Joint-case alerts end to end over HTTP: a change announced in an agency's feed, read by
 * the gateway, decided into flags from the federated view, and delivered to the workers
 * of the cases concerned, and to nobody else.
 */
class JointCaseAlertsTests extends GatewayIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private ChangeLoop loop;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void childPlacedWhileTheParentIsStillPaidAlertsTheSupportWorkerWithTheAmount() {
		JointCase situation = situation(JointCaseKind.PAYEE_AFTER_REMOVAL);
		String supportWorker = GatewayWiring.userOf(situation.supportWorkerEmail());
		announce(situation);

		JsonNode alert = awaitAlert(supportWorker, "support-worker", "PAYEE_MAY_NEED_TO_CHANGE",
				(a) -> hasCase(a, situation.supportCaseNumber()));
		JsonNode flag = alert.path("flag");
		assertThat(flag.path("actingAgency").asString()).isEqualTo("SUPPORT");
		assertThat(new BigDecimal(flag.path("evidence").path("disbursedTotal").asString()))
			.isEqualByComparingTo(situation.amount());
		assertThat(flag.path("evidence").path("removal").path("removalDate").asString())
			.isEqualTo(situation.since().toString());
		assertThat(flag.path("reason").asString()).contains("42 USC 657(e)");
		assertThat(flag.path("cases").findValuesAsString("caseNumber")).contains(situation.supportCaseNumber());

		// the welfare worker sees the flag on the child's page, without child support's
		// money
		String welfareWorker = GatewayWiring.userOf(situation.welfareWorkerEmail());
		GraphQlClient.Response page = query(idp.token(welfareWorker, "welfare-worker"),
				Documents.load("jointCaseFlags"),
				Map.of("handle", alert.path("person").asString(), "purpose", "PLACEMENT_PLANNING"));
		List<JsonNode> flags = list(page.data().path("jointCaseFlags").path("flags"));
		assertThat(flags).anyMatch((f) -> "PAYEE_MAY_NEED_TO_CHANGE".equals(f.path("kind").asString()));
		assertThat(page.text()).doesNotContain(situation.amount().toPlainString());

		// a worker of no case concerned gets nothing
		String unrelated = otherSupportWorker(situation.supportWorkerEmail());
		assertThat(alerts(unrelated, "support-worker")).noneMatch((a) -> hasCase(a, situation.supportCaseNumber()));
	}

	@Test
	void removalWithoutAReferralDecisionAlertsTheWelfareWorker() {
		JointCase situation = situation(JointCaseKind.REFERRAL_REVIEW_DUE);
		announce(situation);
		JsonNode alert = awaitAlert(GatewayWiring.userOf(situation.welfareWorkerEmail()), "welfare-worker",
				"REFERRAL_REVIEW_DUE", (a) -> hasCase(a, episodeOf(a)));
		assertThat(alert.path("flag").path("actingAgency").asString()).isEqualTo("WELFARE");
		assertThat(alert.path("flag").path("reason").asString()).contains("SSA 471(a)(17)");
	}

	@Test
	void reunificationGoalWithTheCustodialParentReferredAlertsACaution() {
		JointCase situation = situation(JointCaseKind.REUNIFICATION_REFERRAL);
		announce(situation);
		JsonNode alert = awaitAlert(GatewayWiring.userOf(situation.welfareWorkerEmail()), "welfare-worker",
				"REUNIFICATION_CAUTION", (a) -> true);
		JsonNode referral = alert.path("flag").path("evidence").path("referral");
		assertThat(referral.path("permanencyGoal").asString()).isEqualTo("REUNIFICATION");
		assertThat(referral.path("referTo").asString()).isIn("CUSTODIAL_PARENT", "BOTH");
	}

	@Test
	void childInCareWithoutALegalFatherAlertsForPaternity() {
		JointCase situation = situation(JointCaseKind.PATERNITY_NOT_ESTABLISHED);
		announce(situation);
		JsonNode alert = awaitAlert(GatewayWiring.userOf(situation.welfareWorkerEmail()), "welfare-worker",
				"PATERNITY_NOT_ESTABLISHED", (a) -> true);
		assertThat(alert.path("flag").path("actingAgency").asString()).isEqualTo("SUPPORT");
		assertThat(alert.path("flag").path("evidence").path("paternity").path("source").asString()).isEqualTo("VITALS");
	}

	@Test
	void dischargeWithTheFosterCareCaseOpenAlertsTheSupportWorker() {
		JointCase situation = situation(JointCaseKind.DISCHARGE_WITH_FOSTER_CARE_CASE);
		announce(situation);
		JsonNode alert = awaitAlert(GatewayWiring.userOf(situation.supportWorkerEmail()), "support-worker",
				"SUPPORT_CASE_MAY_CLOSE", (a) -> hasCase(a, situation.supportCaseNumber()));
		assertThat(alert.path("flag").path("evidence").path("discharge").path("dischargedOn").asString())
			.isEqualTo(situation.since().toString());
	}

	@Test
	void anAlertAboutAFamilyWithTheViolenceIndicatorCarriesNoLocation() {
		JointCase situation = situation(JointCaseKind.CHILD_OF_FLAGGED_PARENT);
		announce(situation);
		String welfareWorker = GatewayWiring.userOf(situation.welfareWorkerEmail());
		awaitAlert(welfareWorker, "welfare-worker", "REFERRAL_REVIEW_DUE", (a) -> true);
		GraphQlClient.Response inbox = query(idp.token(welfareWorker, "welfare-worker"), Documents.load("alerts"),
				Map.of("purpose", "PLACEMENT_PLANNING"));
		for (SyntheticPerson member : simulator.population().family(familyOf(situation))) {
			for (String location : simulator.population().locationValues(member.truthId())) {
				assertThat(inbox.text()).doesNotContain(location);
			}
		}
	}

	@Test
	void changesAnnouncedWhileTheGatewayIsStoppedAlertOnceWhenItStarts() {
		JointCase situation = situation(JointCaseKind.DISCHARGE_WITH_FOSTER_CARE_CASE);
		String supportWorker = GatewayWiring.userOf(situation.supportWorkerEmail());
		this.loop.stop();
		try {
			announce(situation);
			announce(situation);
		}
		finally {
			this.loop.start();
		}
		awaitAlert(supportWorker, "support-worker", "SUPPORT_CASE_MAY_CLOSE",
				(a) -> hasCase(a, situation.supportCaseNumber()));
		awaitApplied();
		// as if a replica crashed after reading a page but before storing its cursor
		this.loop.stop();
		try {
			this.jdbc.sql("UPDATE joint_change_cursor SET position = NULL").update();
		}
		finally {
			this.loop.start();
		}
		awaitApplied();
		assertThat(alerts(supportWorker, "support-worker"))
			.filteredOn((a) -> "SUPPORT_CASE_MAY_CLOSE".equals(a.path("flag").path("kind").asString())
					&& hasCase(a, situation.supportCaseNumber()))
			.hasSize(1);
	}

	@Test
	void unsignedAndUnreadableChangesAreRefusedAndTheRestApplied() {
		JointCase situation = situation(JointCaseKind.REFERRAL_REVIEW_DUE);
		long refusedBefore = refused();
		long auditedBefore = auditedRefusals();
		String unsigned = simulator.changes()
			.announceUnsigned(situation.agency(), situation.code(), situation.agencyPersonId(), situation.caseNumber(),
					situation.effective());
		String unreadable = simulator.changes()
			.announceUnreadable(situation.agency(), situation.code(), situation.agencyPersonId(),
					situation.caseNumber());
		String good = announce(situation);
		awaitApplied();
		assertThat(refused()).isEqualTo(refusedBefore + 2);
		// in the audit trail too, under the agency's name, without the change's content
		assertThat(auditedRefusals()).isEqualTo(auditedBefore + 2);
		assertThat(this.jdbc
			.sql("SELECT detail FROM audit_event WHERE event_type = 'CHANGE_REFUSED' ORDER BY seq DESC LIMIT 2")
			.query(String.class)
			.list())
			.containsExactlyInAnyOrder("change refused: not signed by the agency", "change refused: unreadable");
		assertThat(this.jdbc.sql("SELECT event_id FROM joint_change_refused WHERE event_id IN (:ids)")
			.param("ids", List.of(unsigned, unreadable))
			.query(String.class)
			.list()).containsExactlyInAnyOrder(unsigned, unreadable);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM joint_change_inbox WHERE event_id IN (:ids)")
			.param("ids", List.of(unsigned, unreadable, good))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void changesToOnePersonReadTogetherAreDecidedOnceAndEachIsAppliedOnce() {
		JointCase situation = situation(JointCaseKind.REFERRAL_REVIEW_DUE);
		awaitApplied();
		List<String> together = new ArrayList<>();
		this.loop.stop();
		try {
			together.add(announce(situation));
			together.add(announce(situation, "PLCMT_BEGIN"));
			together.add(announce(situation, "TPR"));
		}
		finally {
			this.loop.start();
		}
		awaitApplied();
		List<String> outcomes = this.jdbc
			.sql("SELECT outcome FROM joint_change_inbox WHERE event_id IN (:ids) AND applied_at IS NOT NULL")
			.param("ids", together)
			.query(String.class)
			.list();
		// the removal's flags (the referral review at least) decided from one opening
		assertThat(outcomes).hasSize(3)
			.allMatch((outcome) -> outcome.matches("[1-9][0-9]* flags, decided once for 3 changes"));

		// a change no flag rests on is applied without opening anyone
		String terminated = announce(situation, "TPR");
		awaitApplied();
		assertThat(
				this.jdbc.sql("SELECT outcome FROM joint_change_inbox WHERE event_id = :id AND applied_at IS NOT NULL")
					.param("id", terminated)
					.query(String.class)
					.single())
			.isEqualTo("no flag rests on it");
	}

	@Test
	void dismissingNeedsAReasonAndOnlyTheRecipientMayDoIt() {
		JointCase situation = situation(JointCaseKind.REFERRAL_REVIEW_DUE);
		announce(situation);
		String worker = GatewayWiring.userOf(situation.welfareWorkerEmail());
		String token = idp.token(worker, "welfare-worker");
		String id = awaitAlert(worker, "welfare-worker", "REFERRAL_REVIEW_DUE", (a) -> true).path("id").asString();

		GraphQlClient.Response blank = query(token, Documents.load("dismissAlert"), Map.of("id", id, "reason", " "));
		assertThat(blank.firstErrorCode()).isEqualTo("BAD_REQUEST");
		GraphQlClient.Response stranger = query(idp.token("someone-else", "welfare-worker"),
				Documents.load("dismissAlert"), Map.of("id", id, "reason", "not mine"));
		assertThat(stranger.firstErrorCode()).isEqualTo("NOT_FOUND");
		GraphQlClient.Response none = query(idp.token("someone-else", "welfare-worker"),
				Documents.load("acknowledgeAlert"), Map.of("id", "no-such-alert\n<forged>"));
		assertThat(none.firstErrorCode()).as("another's alert and none answer alike").isEqualTo("NOT_FOUND");
		assertThat(this.jdbc
			.sql("SELECT detail FROM audit_event WHERE event_type = 'ACCESS_DENIED' AND subject = 'someone-else'"
					+ " AND detail LIKE 'NOT_FOUND ALERT_%' ORDER BY seq")
			.query(String.class)
			.list()).as("each attempt on an alert not the caller's is recorded")
			.endsWith("NOT_FOUND ALERT_DISMISSED of alert " + id,
					"NOT_FOUND ALERT_ACKNOWLEDGED of alert (malformed id)");
		assertThat(alerts(worker, "welfare-worker")).anyMatch((a) -> id.equals(a.path("id").asString()));

		GraphQlClient.Response acknowledged = query(token, Documents.load("acknowledgeAlert"), Map.of("id", id));
		assertThat(acknowledged.data().path("acknowledgeAlert").path("status").asString()).isEqualTo("ACKNOWLEDGED");
		GraphQlClient.Response dismissed = query(token, Documents.load("dismissAlert"),
				Map.of("id", id, "reason", "Referral decided at the staffing on Monday"));
		assertThat(dismissed.data().path("dismissAlert").path("status").asString()).isEqualTo("DISMISSED");
		assertThat(alerts(worker, "welfare-worker")).noneMatch((a) -> id.equals(a.path("id").asString()));
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM audit_event WHERE event_type IN ('ALERT_CREATED', 'ALERT_ACKNOWLEDGED',"
					+ " 'ALERT_DISMISSED', 'ALERT_READ') AND detail LIKE :id")
			.param("id", "%" + id + "%")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(4);
	}

	private JointCase situation(JointCaseKind kind) {
		return simulator.population().jointCase(kind).orElseThrow(() -> new AssertionError("no " + kind));
	}

	private String announce(JointCase situation) {
		return simulator.changes()
			.announce(situation.agency(), situation.code(), situation.agencyPersonId(), situation.caseNumber(),
					situation.effective());
	}

	private String announce(JointCase situation, String code) {
		return simulator.changes()
			.announce(situation.agency(), code, situation.agencyPersonId(), situation.caseNumber(),
					situation.effective());
	}

	private List<JsonNode> alerts(String user, String role) {
		GraphQlClient.Response response = query(idp.token(user, role), Documents.load("alerts"),
				Map.of("purpose", "CASE_REVIEW"));
		assertThat(response.status()).isEqualTo(200);
		return list(response.data().path("alerts").path("alerts"));
	}

	private JsonNode awaitAlert(String user, String role, String kind, Predicate<JsonNode> matching) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (true) {
			for (JsonNode alert : alerts(user, role)) {
				if (kind.equals(alert.path("flag").path("kind").asString()) && matching.test(alert)) {
					return alert;
				}
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("no " + kind + " alert for " + user + " within " + PATIENCE);
			}
			pause();
		}
	}

	/** Waits until every change read so far is applied (or set aside). */
	private void awaitApplied() {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (pendingOrUnread() > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("changes still pending after " + PATIENCE);
			}
			pause();
		}
	}

	private long pendingOrUnread() {
		return ChangeBacklog.pendingOrUnread(simulator.changes(), this.jdbc);
	}

	/** Between two looks at the gateway: each look is a request, and audited. */
	private static void pause() {
		java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
	}

	private long auditedRefusals() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE event_type = 'CHANGE_REFUSED'")
			.query(Long.class)
			.single();
	}

	private long refused() {
		return this.jdbc.sql("SELECT COUNT(*) FROM joint_change_refused").query(Long.class).single();
	}

	private static boolean hasCase(JsonNode alert, String caseNumber) {
		return alert.path("flag").path("cases").findValuesAsString("caseNumber").contains(caseNumber);
	}

	private static String episodeOf(JsonNode alert) {
		return alert.path("flag").path("evidence").path("removal").path("episodeId").asString();
	}

	private static String otherSupportWorker(String email) {
		for (String candidate : Set.of("dwhitfield", "mbell")) {
			if (!email.startsWith(candidate + "@")) {
				return candidate;
			}
		}
		throw new AssertionError("unreachable");
	}

	private String familyOf(JointCase situation) {
		return simulator.population().person(situation.subjectTruthId()).familyId();
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> items = new ArrayList<>();
		array.forEach(items::add);
		return items;
	}

}
