package org.casebridge.simulator.internal.population;

import java.time.Instant;

/**
 * A child's birth record in the vital records registry.
 *
 * @param legalFather null when paternity is not established
 */
public record Birth(String certificate, Person child, Person mother, Person legalFather, Paternity paternity,
		Instant modified) {

	/**
	 * Whether {@code person} appears on this record as child, mother, legal or alleged
	 * father.
	 */
	public boolean involves(Person person) {
		return person.equals(this.child) || person.equals(this.mother) || person.equals(this.legalFather)
				|| this.paternity.allegedFathers().stream().anyMatch((alleged) -> alleged.person().equals(person));
	}

}
