package org.casebridge.simulator.internal.population;

import java.util.Map;
import java.util.function.Predicate;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.SyntheticPerson;

/**
 * The finders tests use to pick a person with a given story, first in population order.
 */
final class GroundTruth {

	private GroundTruth() {
	}

	static SyntheticPerson knownToAll(World world) {
		return find(world, "known to all agencies", (match) -> identities(match).size() == Agency.values().length);
	}

	/**
	 * A flagged custodial parent with children, known to child support (which shows the
	 * flag).
	 */
	static SyntheticPerson withFamilyViolenceIndicator(World world) {
		return find(world, "with the family violence indicator",
				(match) -> match.person().truth().familyViolenceIndicator()
						&& match.person().equals(match.family().custodian())
						&& identities(match).containsKey(Agency.SUPPORT));
	}

	static SyntheticPerson childInFosterCare(World world) {
		return find(world, "in foster care",
				(match) -> match.person().isChild() && !match.family().episodesOf(match.person()).isEmpty());
	}

	static SyntheticPerson withPaternityConflict(World world) {
		return find(world, "with a paternity conflict", (match) -> match.family()
			.births()
			.stream()
			.anyMatch((birth) -> birth.child().equals(match.person()) && !birth.paternity().conflicts().isEmpty()));
	}

	static SyntheticPerson withMistypedSsn(World world) {
		return find(world, "with a mistyped SSN", (match) -> identities(match).values()
			.stream()
			.anyMatch((identity) -> identity.ssn() != null && !identity.ssn().equals(match.person().truth().ssn())));
	}

	private static Map<Agency, Identity> identities(Match match) {
		Family family = match.family();
		return family.identities().get(match.person().index() - family.firstPerson());
	}

	private static SyntheticPerson find(World world, String what, Predicate<Match> test) {
		return world.first(test)
			.map((match) -> match.person().truth())
			.orElseThrow(() -> new IllegalStateException("no person " + what + " in this population"));
	}

}
