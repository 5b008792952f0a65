package org.casebridge.gateway.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Population;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Locating for child welfare, in three seeds' populations: for children the welfare
 * agency serves, a child-welfare caller who names the child sees the locate data of the
 * child's parents and putative fathers, and never of a grandparent, aunt or uncle —
 * though a grandmother is a mother on her own children's birth records — nor of anyone
 * when no child is named.
 */
class LocateLimitSweepTests extends PopulationSweep {

	@Test
	void onlyTheParentsOfTheNamedChildAreLocatedForChildWelfare() {
		List<String> leaks = new ArrayList<>();
		List<String> summaries = new ArrayList<>();
		AtomicInteger parents = new AtomicInteger();
		AtomicInteger parentsFound = new AtomicInteger();
		AtomicInteger relatives = new AtomicInteger();
		for (long seed : SEEDS) {
			Population population = switchTo(seed);
			SweepReport report = new SweepReport("seed " + seed);
			List<Caller> childWelfare = distinctCallers().stream().filter(Caller::locateLimited).toList();
			List<SyntheticPerson> children = population.people()
				.stream()
				.filter((p) -> p.role() == SyntheticPerson.Role.CHILD
						&& population.agencyIds(p.truthId()).containsKey(Agency.WELFARE)
						&& !population.relativesOf(p.truthId()).isEmpty()
						&& population.family(p.familyId())
							.stream()
							.allMatch((member) -> population.flaggedAt(member.truthId()).isEmpty()))
				.limit(12)
				.toList();
			List<Runnable> tasks = new ArrayList<>();
			for (SyntheticPerson child : children) {
				for (Caller caller : childWelfare) {
					tasks.add(() -> {
						String childHandle = childHandle(population, child, caller);
						if (childHandle == null) {
							throw new AssertionError("child " + child.truthId() + " not found by " + caller);
						}
						for (SyntheticPerson relative : population.relativesOf(child.truthId())) {
							relatives.incrementAndGet();
							Set<String> values = distinctive(population, population.locationValues(relative.truthId()),
									Set.of(relative.truthId()));
							for (Map<String, Object> path : searchPaths(population, relative)) {
								for (Candidate candidate : candidates(search(caller, path, null))) {
									String context = "seed " + population.seed() + " relative " + relative.truthId()
											+ " of " + child.truthId() + " as " + caller;
									report.mustNotContain(view(caller, candidate.handle(), null, childHandle).text(),
											values, context + " for the child");
									report.mustNotContain(view(caller, candidate.handle(), "LOCATE", null).text(),
											values, context + " without a child");
								}
							}
						}
						if (caller.locates()) {
							for (SyntheticPerson parent : population.parentsOf(child.truthId())) {
								Set<String> values = distinctive(population,
										population.locationValues(parent.truthId()), Set.of(parent.truthId()));
								if (values.isEmpty()) {
									continue;
								}
								parents.incrementAndGet();
								boolean found = false;
								// every path the caller has: a child-welfare grant masks
								// SSNs, so
								// the SSN path is refused and the parent is found by name
								for (Map<String, Object> path : searchPaths(population, parent)) {
									for (Candidate candidate : candidates(search(caller, path, null))) {
										String shown = view(caller, candidate.handle(), "LOCATE", childHandle).text();
										found |= report.containsAny(shown, values);
										report.mustNotContain(view(caller, candidate.handle(), "LOCATE", null).text(),
												values, "seed " + population.seed() + " parent " + parent.truthId()
														+ " without a child as " + caller);
									}
								}
								parentsFound.addAndGet(found ? 1 : 0);
							}
						}
					});
				}
			}
			report.run(tasks);
			summaries.add(report.summary());
			leaks.addAll(report.leaks());
		}
		System.out.println("Locate limit sweep: " + relatives + " relatives refused, " + parentsFound + " of " + parents
				+ " parents located; " + summaries);
		assertThat(relatives.get()).as("relatives swept").isGreaterThan(20);
		assertThat(leaks).as("relatives' (or unnamed children's parents') locate data disclosed").isEmpty();
		assertThat(parentsFound.get()).as("parents of the named child located (the control)")
			.isGreaterThanOrEqualTo((int) (parents.get() * 0.8))
			.isGreaterThan(5);
	}

}
