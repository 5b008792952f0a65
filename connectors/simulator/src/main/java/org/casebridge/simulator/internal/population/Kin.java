package org.casebridge.simulator.internal.population;

import java.util.List;

/**
 * A family's third generation and the birth records that make them kin.
 *
 * @param people grandparents, aunts and uncles, in the order they were numbered
 * @param births the parents' and the aunts' and uncles' own birth records, oldest first
 */
record Kin(List<Person> people, List<Birth> births) {

	static final Kin NONE = new Kin(List.of(), List.of());

	Kin {
		people = List.copyOf(people);
		births = List.copyOf(births);
	}

}
