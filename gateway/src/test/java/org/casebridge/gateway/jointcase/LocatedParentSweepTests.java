package org.casebridge.gateway.jointcase;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.casebridge.connector.Source;
import org.casebridge.gateway.person.PersonOpening;
import org.casebridge.gateway.person.PersonView;
import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.GatewayWiring;
import org.casebridge.simulator.LocatedParent;
import org.casebridge.simulator.LocatedParentKind;
import org.casebridge.simulator.Population;
import org.casebridge.simulator.SimulatorSettings;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The located-parent flag swept over whole populations of several seeds, through the
 * running gateway: every new hire and DMV address the locate agency announces, and every
 * hard case the simulator makes on purpose, read from the signed feed and applied; then
 * every alert raised is checked against the population's ground truth. No alert may hold
 * any location value of anyone, go to anyone but the child's assigned welfare workers, or
 * exist for a parent carrying the family violence indicator, for someone who is not a
 * parent of the child, or for a child not waiting for placement. A control runs the same
 * checks over the alerts a deliberately wrong rule (no family violence check, the address
 * in the evidence) raises from the same people, and must find them wanting.
 */
class LocatedParentSweepTests extends GatewayIntegrationTest {

	/** Seeds whose 2,000 people hold every hard case (each sweep checks that they do). */
	private static final long[] SEEDS = { 2, 3, 4 };

	private static final int PEOPLE = 2_000;

	/** Locate changes announced at a time. */
	private static final int SLICE = 25;

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String KIND = "PARENT_LOCATED";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PersonOpening opening;

	@Test
	void noAlertHoldsALocationGoesAstrayOrConcernsAFlaggedParentANonParentOrAPlacedChild() {
		SimulatorSettings defaults = simulator.settings();
		List<Figures> figures = new ArrayList<>();
		Figures control;
		try {
			for (long seed : SEEDS) {
				figures.add(sweep(seed));
			}
			control = control();
		}
		finally {
			awaitApplied();
			simulator.repopulate(defaults.seed(), defaults.people(), defaults.locateRequestsPerSecond());
		}
		figures.forEach((f) -> System.out.println("located-parent sweep: " + f));
		System.out.println("located-parent control (wrong rule): " + control);
		for (Figures f : figures) {
			assertThat(f.alerts()).as("alerts raised, seed %d", f.seed()).isPositive();
			assertThat(f.faults()).as("seed %d", f.seed()).isEmpty();
		}
		// the same checks find what a wrong rule raises
		assertThat(control.faults()).anyMatch((fault) -> fault.startsWith("location"))
			.anyMatch((fault) -> fault.startsWith("flagged"));
	}

	/** Every locate change of one population, and its hard cases, through the gateway. */
	private Figures sweep(long seed) {
		awaitApplied();
		simulator.repopulate(seed, PEOPLE, 0);
		Population population = simulator.population();
		Instant start = Instant.now().minusMillis(1);
		Map<LocatedParentKind, LocatedParent> hard = new HashMap<>();
		for (LocatedParentKind kind : LocatedParentKind.values()) {
			hard.put(kind, population.locatedParent(kind)
				.orElseThrow(() -> new AssertionError("seed " + seed + " holds no " + kind)));
		}
		LocatedParent positive = hard.get(LocatedParentKind.PARENT_OF_WAITING_CHILD);
		List<String> refused = List.of(
				simulator.changes()
					.announceUnsigned(Agency.LOCATE, positive.code(), positive.subjectKey(), positive.recordId(),
							positive.effective()),
				simulator.changes()
					.announceUnreadable(Agency.LOCATE, positive.code(), positive.subjectKey(), positive.recordId()));
		// in slices, so that the agencies of a loaded machine keep up: the sweep is about
		// the
		// rule, not about how fast a burst is applied
		int changes = 0;
		for (int slice = SLICE; slice > 0; changes += slice) {
			slice = simulator.changes().announceHistory(Agency.LOCATE, changes, changes + SLICE);
			awaitApplied();
		}
		for (LocatedParent located : hard.values()) {
			announce(located);
			changes++;
		}
		// located twice
		announce(positive);
		changes++;
		awaitApplied();
		// a change whose agencies did not answer (a timeout under load) is tried again:
		// every one is applied before the alerts are judged
		long unapplied = awaitEveryLocateChangeApplied(start);

		List<Raised> raised = this.jdbc
			.sql("SELECT recipient, flag FROM joint_alert WHERE kind = :kind AND raised_at >= :since")
			.param("kind", KIND)
			.param("since", Timestamp.from(start))
			.query((rs, row) -> new Raised(rs.getString("recipient"), rs.getString("flag")))
			.list();
		Set<String> locations = locationValues(population);
		List<String> faults = check(raised, population, locations);
		// what each recipient reads over HTTP holds no location either
		Set<String> recipients = new HashSet<>();
		raised.forEach((r) -> recipients.add(r.recipient()));
		for (String recipient : recipients) {
			String inbox = query(idp.token(recipient, "welfare-worker"), Documents.load("alerts"),
					Map.of("purpose", "CASE_REVIEW"))
				.text();
			locations.stream().filter(inbox::contains).forEach((value) -> faults.add("location read: " + recipient));
		}
		// the hard cases: the positive alerted once, the others not at all
		for (LocatedParent located : hard.values()) {
			long alerts = raised.stream()
				.filter((r) -> located.personTruthId().equals(parentOf(r, population))
						&& located.childTruthId().equals(childOf(r, population)))
				.count();
			if (alerts != (located.kind().alerted() ? 1 : 0)) {
				faults.add("hard case " + located.kind() + ": " + alerts + " alerts");
			}
		}
		long refusedRows = this.jdbc
			.sql("SELECT COUNT(*) FROM joint_change_refused WHERE source = 'LOCATE' AND event_id IN (:ids)")
			.param("ids", refused)
			.query(Long.class)
			.single();
		if (refusedRows != 2) {
			faults.add("refused: " + refusedRows + " of 2 recorded");
		}
		return new Figures(seed, population.people().size(), changes + refused.size(), raised.size(), locations.size(),
				faults);
	}

	/**
	 * The control: a wrong rule ({@link LeakyPlacementRule}) decides the flags of the
	 * people the hard cases and the first locate changes of one population are about,
	 * opened by the gateway as a change would open them; the sweep's checks must fail.
	 */
	private Figures control() {
		long seed = SEEDS[0];
		awaitApplied();
		simulator.repopulate(seed, PEOPLE, 0);
		Population population = simulator.population();
		Set<String> subjects = new HashSet<>();
		for (LocatedParentKind kind : LocatedParentKind.values()) {
			population.locatedParent(kind).ifPresent((located) -> subjects.add(located.subjectKey()));
		}
		LocalDate today = LocalDate.now(ZoneId.of("America/Denver"));
		List<Raised> raised = new ArrayList<>();
		for (String subject : subjects) {
			PersonView view = this.opening
				.openRecord(Source.LOCATE, subject,
						Set.of(Source.SUPPORT, Source.WELFARE, Source.VITALS, Source.LOCATE))
				.orTimeout(30, TimeUnit.SECONDS)
				.join();
			for (Flag flag : LeakyPlacementRule.of(view, today)) {
				String worker = flag.cases().get(0).workerId();
				raised.add(new Raised(GatewayWiring.userOf(worker), JSON.writeValueAsString(flag)));
			}
		}
		Set<String> locations = locationValues(population);
		return new Figures(seed, population.people().size(), subjects.size(), raised.size(), locations.size(),
				check(raised, population, locations));
	}

	/** What is wrong with the alerts raised, each fault in a line. */
	private static List<String> check(List<Raised> raised, Population population, Set<String> locations) {
		List<String> faults = new ArrayList<>();
		Map<String, Integer> once = new HashMap<>();
		for (Raised alert : raised) {
			for (String value : locations) {
				if (alert.flag().contains(value)) {
					faults.add("location in an alert to " + alert.recipient());
				}
			}
			String child = childOf(alert, population);
			String parent = parentOf(alert, population);
			if (child == null || parent == null) {
				faults.add("an alert about nobody known");
				continue;
			}
			Set<String> workers = new HashSet<>();
			population.welfareWorkersOf(child).forEach((email) -> workers.add(GatewayWiring.userOf(email)));
			if (!workers.contains(alert.recipient())) {
				faults.add("misdirected to " + alert.recipient());
			}
			if (!population.flaggedAt(parent).isEmpty()) {
				faults.add("flagged parent alerted: " + parent);
			}
			Set<String> parents = new HashSet<>();
			population.parentsOf(child).forEach((p) -> parents.add(p.truthId()));
			population.recordedParentsOf(child).forEach((p) -> parents.add(p.truthId()));
			if (!parents.contains(parent)
					|| population.relativesOf(child).stream().map(SyntheticPerson::truthId).anyMatch(parent::equals)) {
				faults.add("not a parent alerted: " + parent);
			}
			if (!population.waitingForPlacement(child)) {
				faults.add("child not waiting: " + child);
			}
			if (once.merge(alert.recipient() + "/" + parent + "/" + child, 1, Integer::sum) > 1) {
				faults.add("alerted twice: " + parent);
			}
		}
		return faults;
	}

	/**
	 * Every location value of everyone in the population: addresses, employers, EINs,
	 * licence numbers, placement providers and their street lines.
	 */
	private static Set<String> locationValues(Population population) {
		Set<String> values = new HashSet<>();
		for (SyntheticPerson person : population.people()) {
			values.addAll(population.locationValues(person.truthId()));
		}
		return values;
	}

	private static String childOf(Raised alert, Population population) {
		String child = JSON.readTree(alert.flag()).path("evidence").path("located").path("childRecordId").asString();
		return population.truthIdOf(Agency.WELFARE, child).orElse(null);
	}

	private static String parentOf(Raised alert, Population population) {
		JsonNode subject = JSON.readTree(alert.flag()).path("subject");
		String welfare = subject.path("WELFARE").asString();
		return population.truthIdOf(Agency.WELFARE, welfare).orElse(null);
	}

	private void announce(LocatedParent located) {
		simulator.changes()
			.announce(Agency.LOCATE, located.code(), located.subjectKey(), located.recordId(), located.effective());
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

	/**
	 * How many locate changes kept since {@code start} are still unapplied at the end.
	 */
	private long awaitEveryLocateChangeApplied(Instant start) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (true) {
			long unapplied = this.jdbc
				.sql("SELECT COUNT(*) FROM joint_change_inbox WHERE source = 'LOCATE' AND received_at >= :since"
						+ " AND applied_at IS NULL")
				.param("since", Timestamp.from(start))
				.query(Long.class)
				.single();
			if (unapplied == 0 || System.nanoTime() > deadline) {
				return unapplied;
			}
			LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
		}
	}

	private long pendingOrUnread() {
		return ChangeBacklog.pendingOrUnread(simulator.changes(), this.jdbc);
	}

	/** An alert as stored: its recipient and the whole flag it carries. */
	private record Raised(String recipient, String flag) {
	}

	/** One sweep's figures and what it found wrong. */
	private record Figures(long seed, int people, int changes, int alerts, int locationValues, List<String> faults) {

		@Override
		public String toString() {
			return "seed " + this.seed + ": " + this.people + " people, " + this.changes + " locate changes, "
					+ this.alerts + " alerts, " + this.locationValues + " location values, " + this.faults.size()
					+ " faults"
					+ (this.faults.isEmpty() ? "" : " " + this.faults.stream().distinct().limit(5).toList());
		}

	}

}
