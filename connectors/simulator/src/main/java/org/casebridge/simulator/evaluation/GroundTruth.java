package org.casebridge.simulator.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Who each record of an {@link EvaluationPopulation} really is, and which pairs must
 * never merge: what a matcher is scored against, never what it is given.
 */
public final class GroundTruth {

	private final Map<String, String> personOf;

	private final List<HardNegative> hardNegatives;

	GroundTruth(Map<String, String> personOf, List<HardNegative> hardNegatives) {
		this.personOf = Map.copyOf(personOf);
		this.hardNegatives = List.copyOf(hardNegatives);
	}

	/**
	 * The truth id of the person a record is.
	 * @throws IllegalArgumentException for an unknown key
	 */
	public String personOf(String recordKey) {
		String person = this.personOf.get(recordKey);
		if (person == null) {
			throw new IllegalArgumentException("unknown record");
		}
		return person;
	}

	/** Whether two records are the same person. */
	public boolean samePerson(String firstKey, String secondKey) {
		return personOf(firstKey).equals(personOf(secondKey));
	}

	/** Every pair that must never merge automatically. */
	public List<HardNegative> hardNegatives() {
		return this.hardNegatives;
	}

}
