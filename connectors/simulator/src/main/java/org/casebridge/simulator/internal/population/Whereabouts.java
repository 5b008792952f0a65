package org.casebridge.simulator.internal.population;

import java.util.LinkedHashSet;
import java.util.Set;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.internal.population.Episode.Placement;
import org.casebridge.simulator.internal.population.LocateRecord.AddressSeen;
import org.casebridge.simulator.internal.population.LocateRecord.DriverLicense;
import org.casebridge.simulator.internal.population.LocateRecord.Hire;
import org.casebridge.simulator.internal.population.LocateRecord.QuarterlyWage;

/**
 * Every value by which an agency's answer could tell where a person is, exactly as the
 * agency serves it: from the locate service, street lines (the first address line;
 * residential, DMV and employer addresses), employer names, EINs and licence numbers;
 * from child welfare, for a child in care, each placement's provider and street line.
 * Cities, states and ZIP codes are left out, and so is anything shorter than five
 * characters: they are too common to search an answer for. Street lines and employer
 * names come from short lists, so another person's answer may hold the same one.
 */
final class Whereabouts {

	private static final int SHORTEST = 5;

	private Whereabouts() {
	}

	static Set<String> of(long seed, Match match) {
		Set<String> values = new LinkedHashSet<>();
		Person person = match.person();
		if (match.family().identity(person, Agency.LOCATE) != null) {
			for (LocateRecord record : LocateHistory.of(seed, person)) {
				if (record instanceof AddressSeen seen) {
					add(values, seen.address().street());
				}
				else if (record instanceof Hire hire) {
					add(values, hire.employer().name());
					add(values, hire.employer().ein());
					add(values, hire.employer().address().street());
				}
				else if (record instanceof QuarterlyWage wage) {
					add(values, wage.employer().name());
					add(values, wage.employer().ein());
				}
				else if (record instanceof DriverLicense license) {
					add(values, license.license());
					add(values, license.address().street());
				}
			}
		}
		for (Episode episode : match.family().episodesOf(person)) {
			if (episode.child().equals(person)) {
				for (Placement placement : episode.placements()) {
					add(values, placement.provider());
					add(values, placement.address().street());
				}
			}
		}
		return values;
	}

	private static void add(Set<String> values, String value) {
		if (value != null && value.length() >= SHORTEST) {
			values.add(value);
		}
	}

}
