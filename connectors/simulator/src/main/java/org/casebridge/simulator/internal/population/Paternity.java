package org.casebridge.simulator.internal.population;

import java.time.LocalDate;
import java.util.List;

/**
 * How (and whether) a child's paternity was established.
 *
 * @param established null when {@code method} is NONE
 * @param vapSigned the voluntary acknowledgment's signing date, null without one (the VAP
 * may be another man's than the legal father's, see {@code conflicts})
 * @param vapRescissionDeadline the last day the VAP may be rescinded
 * @param conflicts e.g. MARITAL_PRESUMPTION_VS_VAP
 */
public record Paternity(Method method, LocalDate established, LocalDate vapSigned, LocalDate vapRescissionDeadline,
		LocalDate vapRescinded, List<AllegedFather> allegedFathers, List<GeneticTest> geneticTests,
		List<String> conflicts) {

	public Paternity {
		allegedFathers = List.copyOf(allegedFathers);
		geneticTests = List.copyOf(geneticTests);
		conflicts = List.copyOf(conflicts);
	}

	/**
	 * VAP voluntary acknowledgment, GEN genetic test, CRT court order, ADM administrative
	 * order, MAR marital presumption, DEF default order, NONE not established.
	 */
	public enum Method {

		VAP, GEN, CRT, ADM, MAR, DEF, NONE

	}

	/**
	 * {@code basis}: NAMED_BY_MOTHER, VAP_SIGNATORY, VAP_RESCINDED, SELF_IDENTIFIED,
	 * PUTATIVE_REGISTRY.
	 */
	public record AllegedFather(Person person, String basis) {

	}

	/**
	 * {@code result}: INCLUSION, EXCLUSION or PENDING; {@code probability} (percent, as
	 * text) only for an inclusion.
	 */
	public record GeneticTest(String testId, Person allegedFather, LocalDate tested, String result,
			String probability) {

	}

}
