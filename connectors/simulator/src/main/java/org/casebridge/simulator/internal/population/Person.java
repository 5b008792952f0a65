package org.casebridge.simulator.internal.population;

import java.time.LocalDate;

import org.casebridge.simulator.SyntheticPerson;

/**
 * A member of a generated family.
 *
 * @param index the person's number in the population (their truth id's digits)
 * @param truth who they really are
 * @param deathDate null for the living
 */
public record Person(int index, SyntheticPerson truth, LocalDate deathDate) {

	public boolean isChild() {
		return this.truth.role() == SyntheticPerson.Role.CHILD;
	}

	/** A grandparent, aunt or uncle rather than a parent or child. */
	public boolean isKin() {
		return this.truth.role() == SyntheticPerson.Role.GRANDPARENT
				|| this.truth.role() == SyntheticPerson.Role.RELATIVE;
	}

	/** "First Last" as the truth has it. */
	public String fullName() {
		return this.truth.first() + " " + this.truth.last();
	}

}
