package org.casebridge.simulator.internal.population;

import java.util.ArrayList;
import java.util.List;

/**
 * The people of one family, by the part they play.
 *
 * @param legalFather null when paternity is not established
 * @param alleged men who are alleged fathers only
 * @param children oldest first
 * @param kin grandparents, aunts and uncles, numbered after the children
 */
record Cast(int familyIndex, Person mother, Person legalFather, List<Person> alleged, List<Person> children,
		Person custodian, Kin kin) {

	List<Person> members() {
		List<Person> members = new ArrayList<>();
		members.add(this.mother);
		if (this.legalFather != null) {
			members.add(this.legalFather);
		}
		members.addAll(this.alleged);
		members.addAll(this.children);
		members.addAll(this.kin.people());
		return members;
	}

	/** The parent the children do not live with, or null. */
	Person noncustodialParent() {
		return (this.custodian == this.mother) ? this.legalFather : this.mother;
	}

	Person youngest() {
		return this.children.get(this.children.size() - 1);
	}

}
