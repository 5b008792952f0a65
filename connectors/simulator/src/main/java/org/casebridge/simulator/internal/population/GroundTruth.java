package org.casebridge.simulator.internal.population;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.HardCase;
import org.casebridge.simulator.SyntheticPerson;

/**
 * The finders tests use to pick a person with a given story, first in population order,
 * and the population-wide lists sweeps go through.
 */
final class GroundTruth {

	private GroundTruth() {
	}

	static SyntheticPerson knownToAll(World world) {
		return find(world, "known to all agencies", (match) -> identities(match).size() == Agency.values().length);
	}

	/**
	 * A flagged custodial parent with children, known to child support and flagged by
	 * every agency of hers that carries the flag, in no hard-case family: the plain case.
	 */
	static SyntheticPerson withFamilyViolenceIndicator(World world) {
		return find(world, "with the family violence indicator", (match) -> {
			Map<Agency, Identity> identities = identities(match);
			return match.person().truth().familyViolenceIndicator() && match.family().hardCase() == null
					&& match.person().equals(match.family().custodian()) && identities.containsKey(Agency.SUPPORT)
					&& Stream.of(Agency.SUPPORT, Agency.WELFARE)
						.map(identities::get)
						.allMatch((identity) -> identity == null || identity.familyViolence());
		});
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
		return find(world, "with a mistyped SSN", (match) -> match.family().hardCase() == null && identities(match)
			.values()
			.stream()
			.anyMatch((identity) -> identity.ssn() != null && !identity.ssn().equals(match.person().truth().ssn())));
	}

	/** Everyone flagged at any agency, in population order. */
	static List<SyntheticPerson> flagged(World world) {
		List<SyntheticPerson> flagged = new ArrayList<>();
		for (int f = 0; f < world.familyCount(); f++) {
			Family family = world.family(f);
			for (int i = 0; i < family.members().size(); i++) {
				if (family.identities().get(i).values().stream().anyMatch(Identity::familyViolence)) {
					flagged.add(family.members().get(i).truth());
				}
			}
		}
		return flagged;
	}

	/** Every kind, each with the truth ids of the mothers of its designated families. */
	static Map<HardCase, List<String>> hardCases(World world) {
		Map<HardCase, List<String>> hardCases = new EnumMap<>(HardCase.class);
		for (HardCase kind : HardCase.values()) {
			hardCases.put(kind, new ArrayList<>());
		}
		HardCases.designatedFamilies(world.familyCount()).mapToObj(world::family).forEach((family) -> {
			if (family.hardCase() != null) {
				hardCases.get(family.hardCase()).add(family.custodian().truth().truthId());
			}
		});
		hardCases.replaceAll((kind, ids) -> List.copyOf(ids));
		return Collections.unmodifiableMap(hardCases);
	}

	private static Map<Agency, Identity> identities(Match match) {
		return PersonRecords.identities(match);
	}

	private static SyntheticPerson find(World world, String what, Predicate<Match> test) {
		return world.first(test)
			.map((match) -> match.person().truth())
			.orElseThrow(() -> new IllegalStateException("no person " + what + " in this population"));
	}

}
