package org.casebridge.gateway.protection;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Population;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A "not the same person" decides what is shown as one person, never what is protected:
 * for every flagged person of three seeds' populations, a caseworker records "not the
 * same person" between every two of her candidates any search path offers — all agencies
 * at once and agency by agency, so her locate record can be cut off from her flagged one
 * — and then no search or person view, by any caller who may see a location, holds any of
 * her or her children's location values or two of her SSNs side by side.
 * <p>
 * The control applies the same sweep to a deliberately wrong rule, written here: a person
 * protected only when the candidate's own records carry the flag (a decision exempting
 * the records it splits off). That rule discloses her locations in candidates the
 * decisions created, so the sweep reaches the states where a narrowed rule leaks.
 */
class IdentityDecisionSweepTests extends PopulationSweep {

	private static final String DECIDE = Documents.load("decideIdentity");

	@AfterEach
	void reverseTheSweepsDecisions() throws Exception {
		reverseAll();
	}

	@Test
	void notTheSamePersonBetweenAFlaggedPersonsCandidatesNeverRevealsAProtectedLocation() throws Exception {
		List<String> summaries = new ArrayList<>();
		List<String> leaks = new ArrayList<>();
		List<String> wrongRuleLeaks = new ArrayList<>();
		AtomicInteger decisions = new AtomicInteger();
		int people = 0;
		for (long seed : SEEDS) {
			Population population = switchTo(seed);
			SweepReport report = new SweepReport("seed " + seed);
			SweepReport control = new SweepReport("wrong rule, seed " + seed);
			Caller decider = callers().stream()
				.filter((c) -> c.role().equals("support-worker") && c.purpose().name().equals("LOCATE_PARENT"))
				.findFirst()
				.orElseThrow();
			List<Runnable> tasks = new ArrayList<>();
			for (SyntheticPerson flagged : population.flaggedPeople()) {
				if (flagged.role() == SyntheticPerson.Role.CHILD) {
					continue;
				}
				people++;
				Set<String> owners = new HashSet<>();
				Set<String> values = new LinkedHashSet<>(population.locationValues(flagged.truthId()));
				owners.add(flagged.truthId());
				for (SyntheticPerson child : population.childrenInCareOf(flagged.truthId())) {
					owners.add(child.truthId());
					values.addAll(population.locationValues(child.truthId()));
				}
				Forbidden forbidden = new Forbidden(distinctive(population, values, owners),
						population.ssnsOf(flagged.truthId()));
				tasks.add(() -> sweep(population, flagged, decider, forbidden, report, control, decisions));
			}
			report.run(tasks);
			summaries.add(report.summary());
			leaks.addAll(report.leaks());
			wrongRuleLeaks.addAll(control.leaks());
			reverseAll();
		}
		System.out.println("Identity decision sweep: " + people + " flagged people, " + decisions.get()
				+ " \"not the same person\" decisions; " + summaries + "; the wrong rule leaks " + wrongRuleLeaks.size()
				+ " times");
		assertThat(people).as("flagged people swept").isGreaterThan(15);
		assertThat(decisions.get()).as("decisions recorded between their candidates").isGreaterThan(people);
		assertThat(leaks).as("location values disclosed").isEmpty();
		assertThat(wrongRuleLeaks).as("a rule that lets a decision exempt records leaks, so the sweep can fail")
			.isNotEmpty();
	}

	private void sweep(Population population, SyntheticPerson flagged, Caller decider, Forbidden forbidden,
			SweepReport report, SweepReport control, AtomicInteger decisions) {
		String context = "seed " + population.seed() + " " + flagged.truthId();
		List<Map<String, Object>> paths = searchPaths(population, flagged);
		// every candidate any path offers, all agencies at once and agency by agency
		Map<Set<String>, String> before = new LinkedHashMap<>();
		Set<String> protectedBefore = new HashSet<>();
		for (Map<String, Object> path : paths) {
			for (String source : searchSplits(decider)) {
				for (Candidate candidate : candidates(search(decider, path, source))) {
					before.putIfAbsent(candidate.records(), candidate.handle());
					if (source == null && flaggedAmong(population, candidate.records())) {
						protectedBefore.addAll(candidate.records());
					}
				}
			}
		}
		List<Map.Entry<Set<String>, String>> offered = new ArrayList<>(before.entrySet());
		for (int i = 0; i < offered.size(); i++) {
			for (int j = i + 1; j < offered.size(); j++) {
				if (disjoint(offered.get(i).getKey(), offered.get(j).getKey())
						&& decide(decider, offered.get(i).getValue(), offered.get(j).getValue())) {
					decisions.incrementAndGet();
				}
			}
		}
		// then every path again by each set of agencies callers may search (the decider
		// agency by agency too), and every candidate opened by every caller who may see a
		// location, as a whole and agency by agency
		Map<Set<String>, String> after = new LinkedHashMap<>();
		Set<Set<String>> afterWhole = new LinkedHashSet<>();
		for (Map<String, Object> path : paths) {
			for (String source : searchSplits(decider)) {
				JsonNode answer = search(decider, path, source);
				forbidden.check(report, answer.toString(), context + " search " + path.keySet() + " as " + decider);
				for (Candidate candidate : candidates(answer)) {
					after.putIfAbsent(candidate.records(), candidate.handle());
					if (source == null) {
						afterWhole.add(candidate.records());
					}
				}
			}
			for (Caller searcher : searchers()) {
				JsonNode answer = search(searcher, path, null);
				forbidden.check(report, answer.toString(), context + " search " + path.keySet() + " as " + searcher);
				candidates(answer).forEach((candidate) -> after.putIfAbsent(candidate.records(), candidate.handle()));
			}
		}
		String forChild = handleOfAChildOf(population, flagged, searchers().get(0));
		for (Caller caller : distinctCallers()) {
			if (!caller.seesLocation()) {
				continue;
			}
			for (Map.Entry<Set<String>, String> candidate : after.entrySet()) {
				for (String source : viewSplits(caller)) {
					String text = view(caller, candidate.getValue(), source, caller.locateLimited() ? forChild : null)
						.text();
					forbidden.check(report, text, context + " view " + candidate.getKey() + " as " + caller);
				}
			}
		}
		// the control: what a rule narrowed by the decisions would show in the candidates
		// of the whole search whose locate records it protected before the decisions
		for (Set<String> records : afterWhole) {
			List<String> locate = records.stream().filter((r) -> r.startsWith("LOCATE:")).toList();
			if (!locate.isEmpty() && protectedBefore.containsAll(locate)) {
				control.mustNotContain(wrongRule(population, records), forbidden.locations(),
						context + " candidate " + records + " under the wrong rule");
			}
		}
	}

	/**
	 * The deliberately wrong rule: protected only when one of the candidate's own records
	 * carries the flag; otherwise every location its records' people have is shown.
	 */
	private static String wrongRule(Population population, Set<String> records) {
		List<String> owners = new ArrayList<>();
		for (String record : records) {
			int colon = record.indexOf(':');
			Agency agency = Agency.valueOf(record.substring(0, colon));
			String owner = population.truthIdOf(agency, record.substring(colon + 1)).orElse(null);
			if (owner == null) {
				continue;
			}
			if (population.flaggedAt(owner).contains(agency)) {
				return "";
			}
			owners.add(owner);
		}
		if (records.stream().noneMatch((r) -> r.startsWith("LOCATE:"))) {
			return "";
		}
		StringBuilder shown = new StringBuilder();
		owners.forEach((owner) -> population.locationValues(owner).forEach((v) -> shown.append(v).append('\n')));
		return shown.toString();
	}

	/** Whether one of the records carries the flag at its agency. */
	private static boolean flaggedAmong(Population population, Set<String> records) {
		for (String record : records) {
			int colon = record.indexOf(':');
			Agency agency = Agency.valueOf(record.substring(0, colon));
			String owner = population.truthIdOf(agency, record.substring(colon + 1)).orElse(null);
			if (owner != null && population.flaggedAt(owner).contains(agency)) {
				return true;
			}
		}
		return false;
	}

	private boolean decide(Caller decider, String handle, String other) {
		GraphQlClient.Response response = this.graphql.post(decider.token(), DECIDE,
				Map.of("handle", handle, "other", other, "decision", "NOT_SAME_PERSON", "reason",
						"Sweep: not the same person.", "purpose", decider.purpose().name()));
		if (response.status() != 200) {
			throw new AssertionError("the gateway answered " + response.status() + ": " + response.text());
		}
		return response.errors().isMissingNode() || response.errors().isEmpty();
	}

	private static boolean disjoint(Set<String> a, Set<String> b) {
		return a.stream().noneMatch(b::contains);
	}

	private String handleOfAChildOf(Population population, SyntheticPerson flagged, Caller caller) {
		for (SyntheticPerson child : population.childrenInCareOf(flagged.truthId())) {
			String handle = childHandle(population, child, caller);
			if (handle != null) {
				return handle;
			}
		}
		return null;
	}

	/** Reverses every decision in force, as the append-only tables allow. */
	private static void reverseAll() throws Exception {
		try (Connection owner = ownerConnection(); Statement statement = owner.createStatement()) {
			statement.executeUpdate("INSERT INTO identity_decision_reversal (decision_id, reason, reversed_by,"
					+ " reversed_at) SELECT d.id, 'end of sweep', 'test', now() FROM identity_decision d WHERE NOT EXISTS"
					+ " (SELECT 1 FROM identity_decision_reversal v WHERE v.decision_id = d.id)");
		}
	}

	/** Her and her children's location values, and her SSNs (never two side by side). */
	private record Forbidden(Set<String> locations, Set<String> ssns) {

		void check(SweepReport report, String answer, String context) {
			report.mustNotContain(answer, this.locations, context);
			report.mustNotContainTogether(answer, this.ssns, context);
		}

	}

}
