package org.casebridge.gateway.protection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Population;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every person any agency flags with the Family Violence Indicator, in three seeds'
 * populations: no value of where they or the children in their care can be found
 * reaches any caller, on any path — whatever key is searched, whatever role and purpose,
 * all agencies at once or agency by agency, whichever candidate is opened. The control
 * runs the same paths for unflagged parents and finds their locations, so the sweep can
 * fail.
 */
class FamilyViolenceSweepTests extends PopulationSweep {

	@Test
	void noLocationOfAFlaggedPersonOrTheirChildrenReachesAnyCaller() {
		List<String> summaries = new ArrayList<>();
		List<String> leaks = new ArrayList<>();
		int people = 0;
		int paths = 0;
		for (long seed : SEEDS) {
			Population population = switchTo(seed);
			SweepReport report = new SweepReport("seed " + seed);
			List<Runnable> tasks = new ArrayList<>();
			Set<String> swept = new HashSet<>();
			for (SyntheticPerson flagged : population.flaggedPeople()) {
				List<SyntheticPerson> children = population.childrenInCareOf(flagged.truthId());
				Set<String> owners = new HashSet<>();
				Set<String> values = new LinkedHashSet<>(population.locationValues(flagged.truthId()));
				owners.add(flagged.truthId());
				for (SyntheticPerson child : children) {
					owners.add(child.truthId());
					values.addAll(population.locationValues(child.truthId()));
				}
				Set<String> forbidden = distinctive(population, values, owners);
				List<SyntheticPerson> subjects = new ArrayList<>();
				subjects.add(flagged);
				subjects.addAll(children);
				Set<String> ssns = population.ssnsOf(flagged.truthId());
				Forbidden must = new Forbidden(forbidden, ssns);
				for (SyntheticPerson subject : subjects) {
					people++;
					List<Map<String, Object>> searches = searchPaths(population, subject);
					paths += searches.size();
					tasks.add(() -> sweep(population, flagged, subject, searches, must, report));
				}
				swept.add(flagged.truthId());
			}
			report.run(tasks);
			summaries.add(report.summary());
			leaks.addAll(report.leaks());
			population.hardCases()
				.forEach((kind, ids) -> assertThat(ids).as("seed " + seed + ": " + kind + " occurs and is swept")
					.isNotEmpty()
					.allMatch((id) -> swept.contains(id) || isChildOfSwept(population, id, swept)));
		}
		System.out.println("Family violence sweep: " + people + " people, " + paths + " search paths; " + summaries);
		assertThat(people).as("flagged people and their children swept").isGreaterThan(30);
		assertThat(leaks).as("location values disclosed").isEmpty();
	}

	@Test
	void theSamePathsFindTheLocationsOfUnflaggedParents() {
		long seed = SEEDS[0];
		Population population = switchTo(seed);
		SweepReport report = new SweepReport("control");
		Caller supportWorker = callers().stream()
			.filter((c) -> c.role().equals("support-worker") && c.purpose().name().equals("LOCATE_PARENT"))
			.findFirst()
			.orElseThrow();
		List<SyntheticPerson> parents = population.people()
			.stream()
			.filter((p) -> p.role() != SyntheticPerson.Role.CHILD && population.flaggedAt(p.truthId()).isEmpty()
					&& !population.locationValues(p.truthId()).isEmpty())
			.limit(20)
			.toList();
		int found = 0;
		for (SyntheticPerson parent : parents) {
			Set<String> values = distinctive(population, population.locationValues(parent.truthId()),
					Set.of(parent.truthId()));
			boolean seen = false;
			for (Candidate candidate : candidates(search(supportWorker, Map.of("ssn", parent.ssn()), null))) {
				seen |= report.containsAny(view(supportWorker, candidate.handle(), null, null).text(), values);
			}
			found += seen ? 1 : 0;
		}
		System.out.println("Family violence sweep control: " + found + " of " + parents.size()
				+ " unflagged people's locations found by the sweep's check");
		assertThat(found).as("unflagged people whose location the check finds").isGreaterThanOrEqualTo(parents.size() - 2);
	}

	/**
	 * What must not reach a caller: the location values, and the person's SSNs side by side
	 * (an old and a new number, as issued to victims).
	 */
	private record Forbidden(Set<String> locations, Set<String> ssns) {

		void check(SweepReport report, String answer, String context) {
			report.mustNotContain(answer, this.locations, context);
			report.mustNotContainTogether(answer, this.ssns, context);
		}

	}

	private static boolean isChildOfSwept(Population population, String truthId, Set<String> swept) {
		return swept.stream()
			.anyMatch((parent) -> population.childrenInCareOf(parent)
				.stream()
				.anyMatch((child) -> child.truthId().equals(truthId)));
	}

	/**
	 * Every candidate any search path finds, searched by each set of agencies a caller may
	 * ask, all at once and agency by agency; then every candidate opened by one caller of
	 * each distinct grant, all at once and asking alone each agency whose section can hold
	 * a location.
	 */
	private void sweep(Population population, SyntheticPerson flagged, SyntheticPerson subject,
			List<Map<String, Object>> searches, Forbidden forbidden, SweepReport report) {
		String context = "seed " + population.seed() + " " + subject.truthId() + " (" + subject.role() + " of "
				+ flagged.truthId() + ")";
		Map<Set<String>, String> found = new java.util.LinkedHashMap<>();
		for (Caller searcher : searchers()) {
			for (Map<String, Object> path : searches) {
				for (String source : searchSplits(searcher)) {
					JsonNode answer = search(searcher, path, source);
					forbidden.check(report, answer.toString(), context + " search " + path.keySet() + " as " + searcher);
					candidates(answer).forEach((candidate) -> found.putIfAbsent(candidate.records(), candidate.handle()));
				}
			}
		}
		String forChild = childHandle(population, flagged, searchers().get(0));
		for (Caller caller : distinctCallers()) {
			for (Map.Entry<Set<String>, String> candidate : found.entrySet()) {
				for (String source : viewSplits(caller)) {
					String text = view(caller, candidate.getValue(), source, caller.locateLimited() ? forChild : null)
						.text();
					forbidden.check(report, text, context + " view " + candidate.getKey() + " from "
							+ ((source != null) ? source : "all agencies") + " as " + caller);
				}
			}
		}
	}

	/**
	 * The handle of one of the flagged parent's children, as the caller finds it: what a
	 * child-welfare worker names to locate a parent lawfully.
	 */
	private String childHandle(Population population, SyntheticPerson flagged, Caller caller) {
		for (SyntheticPerson child : population.childrenInCareOf(flagged.truthId())) {
			String vitals = population.agencyIds(child.truthId()).get(Agency.VITALS);
			for (Map<String, Object> path : searchPaths(population, child)) {
				for (Candidate candidate : candidates(search(caller, path, null))) {
					if (candidate.holds(Agency.VITALS, vitals)) {
						return candidate.handle();
					}
				}
			}
		}
		return null;
	}

}
