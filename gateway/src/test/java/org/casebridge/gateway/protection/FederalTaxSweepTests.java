package org.casebridge.gateway.protection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebridge.simulator.Population;
import org.casebridge.simulator.SyntheticPerson;
import org.casebridge.simulator.TaxOffset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every person on a support case with an IRS tax refund offset, in three seeds'
 * populations: no id or amount of the offset, or of its disbursement, reaches a role
 * other than child support's, on any path. The control: the support worker enforcing the
 * order sees them, so the check can fail.
 */
class FederalTaxSweepTests extends PopulationSweep {

	private static final Pattern MONEY = Pattern.compile("\"(\\d+\\.\\d{2})\"");

	@Test
	void noTaxOffsetReachesARoleOutsideChildSupport() {
		List<String> leaks = new ArrayList<>();
		List<String> summaries = new ArrayList<>();
		int people = 0;
		int controls = 0;
		for (long seed : SEEDS) {
			Population population = switchTo(seed);
			SweepReport report = new SweepReport("seed " + seed);
			Caller enforcing = callers().stream()
				.filter((c) -> c.role().equals("support-worker") && c.purpose().name().equals("ENFORCE_ORDER"))
				.findFirst()
				.orElseThrow();
			List<SyntheticPerson> withOffsets = population.people()
				.stream()
				.filter((p) -> !population.taxOffsets(p.truthId()).isEmpty())
				.limit(12)
				.toList();
			List<Runnable> tasks = new ArrayList<>();
			for (SyntheticPerson person : withOffsets) {
				people++;
				Set<String> forbidden = forbidden(population, person, enforcing);
				if (forbidden.isEmpty()) {
					continue;
				}
				controls++;
				List<Map<String, Object>> paths = searchPaths(population, person);
				for (Caller caller : distinctCallers()) {
					if (caller.role().equals("support-worker")) {
						continue;
					}
					tasks.add(() -> {
						Set<Set<String>> opened = new java.util.HashSet<>();
						for (Map<String, Object> path : paths) {
							for (Candidate candidate : candidates(search(caller, path, null))) {
								if (opened.add(candidate.records())) {
									report.mustNotContain(view(caller, candidate.handle(), null, null).text(),
											forbidden, "seed " + population.seed() + " " + person.truthId() + " as "
													+ caller);
								}
							}
						}
					});
				}
			}
			report.run(tasks);
			summaries.add(report.summary());
			leaks.addAll(report.leaks());
		}
		System.out.println("Federal tax sweep: " + people + " people with offsets; " + summaries);
		assertThat(controls).as("people whose offsets the support worker sees (the control)").isGreaterThan(9);
		assertThat(leaks).as("federal tax information disclosed").isEmpty();
	}

	/**
	 * The offsets' ids and the disbursements', and each amount that no other ledger row
	 * of the person's shows; checked against what the enforcing support worker sees, so
	 * that the control fails if the offsets cannot be found at all.
	 */
	private Set<String> forbidden(Population population, SyntheticPerson person, Caller enforcing) {
		List<TaxOffset> offsets = population.taxOffsets(person.truthId());
		String full = "";
		for (Candidate candidate : candidates(search(enforcing, Map.of("ssn", person.ssn()), null))) {
			full += view(enforcing, candidate.handle(), null, null).text();
		}
		Set<String> forbidden = new LinkedHashSet<>();
		for (TaxOffset offset : offsets) {
			if (full.contains("\"" + offset.paymentId() + "\"")) {
				forbidden.add("\"" + offset.paymentId() + "\"");
				if (offset.disbursementId() != null) {
					forbidden.add("\"" + offset.disbursementId() + "\"");
				}
			}
		}
		Set<String> otherAmounts = new LinkedHashSet<>();
		Matcher money = MONEY.matcher(full);
		while (money.find()) {
			otherAmounts.add(money.group(1));
		}
		for (TaxOffset offset : offsets) {
			String amount = offset.amount().setScale(2).toPlainString();
			long occurrences = full.split(Pattern.quote("\"" + amount + "\""), -1).length - 1;
			if (occurrences <= 2 && !forbidden.isEmpty()) {
				// the offset and its disbursement: no ordinary row shows this amount
				forbidden.add("\"" + amount + "\"");
			}
		}
		return forbidden;
	}

}
