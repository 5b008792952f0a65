package org.casebridge.simulator.internal.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casebridge.simulator.internal.population.Paternity.AllegedFather;

/**
 * Who a person is to whom, read from the birth records (as vital records would tell it)
 * and the welfare case.
 */
final class Relations {

	private Relations() {
	}

	/**
	 * The mother, the legal father and every alleged or putative father on the person's
	 * birth record, except a man a genetic test excluded; empty without a birth record.
	 */
	static List<Person> parents(Match match) {
		List<Person> parents = new ArrayList<>();
		ownBirth(match.family(), match.person()).ifPresent((birth) -> {
			parents.add(birth.mother());
			addOnce(parents, birth.legalFather());
			for (AllegedFather alleged : birth.paternity().allegedFathers()) {
				boolean excluded = birth.paternity()
					.geneticTests()
					.stream()
					.anyMatch((test) -> test.allegedFather().equals(alleged.person())
							&& "EXCLUSION".equals(test.result()));
				if (!excluded) {
					addOnce(parents, alleged.person());
				}
			}
		});
		return parents;
	}

	/**
	 * The parents of the person's mother and legal father (grandparents), then the other
	 * children of those parents' mothers (aunts and uncles).
	 */
	static List<Person> relatives(Match match) {
		Family family = match.family();
		List<Person> grandparents = new ArrayList<>();
		List<Person> siblingsOfParents = new ArrayList<>();
		ownBirth(family, match.person()).ifPresent((birth) -> {
			for (Person parent : new Person[] { birth.mother(), birth.legalFather() }) {
				Optional<Birth> parentBirth = (parent != null) ? ownBirth(family, parent) : Optional.empty();
				parentBirth.ifPresent((born) -> {
					addOnce(grandparents, born.mother());
					addOnce(grandparents, born.legalFather());
					family.births()
						.stream()
						.filter((other) -> other.mother().equals(born.mother()) && !other.child().equals(parent))
						.forEach((other) -> addOnce(siblingsOfParents, other.child()));
				});
			}
		});
		grandparents.addAll(siblingsOfParents);
		return grandparents;
	}

	/** The custodian's children removed into foster care. */
	static List<Person> childrenInCare(Match match) {
		Family family = match.family();
		if (!match.person().equals(family.custodian()) || family.welfareCase() == null) {
			return List.of();
		}
		return family.welfareCase().episodes().stream().map(Episode::child).distinct().toList();
	}

	private static Optional<Birth> ownBirth(Family family, Person person) {
		return family.births().stream().filter((birth) -> birth.child().equals(person)).findFirst();
	}

	private static void addOnce(List<Person> people, Person person) {
		if (person != null && !people.contains(person)) {
			people.add(person);
		}
	}

}
