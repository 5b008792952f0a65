package org.casebridge.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casebridge.simulator.internal.population.World;

/**
 * The synthetic population's ground truth: who every agency record really is. For tests
 * only; none of it is served over HTTP.
 */
public interface Population {

	/**
	 * Generates the population of {@code people} people from {@code seed}, without
	 * servers.
	 */
	static Population generate(long seed, int people) {
		return World.generate(seed, people);
	}

	long seed();

	/** Every person, in truth id order (generated on demand for large populations). */
	List<SyntheticPerson> people();

	/** How many families the people form. */
	int familyCount();

	/**
	 * @throws IllegalArgumentException for an unknown id
	 */
	SyntheticPerson person(String truthId);

	/** The person's record id at each agency that knows them. */
	Map<Agency, String> agencyIds(String truthId);

	/** Who an agency's record really is, if the agency has such a record. */
	Optional<String> truthIdOf(Agency agency, String agencyRecordId);

	/** The members of a family: mother, fathers and alleged fathers, then children. */
	List<SyntheticPerson> family(String familyId);

	/** A person every one of the four agencies has a record of. */
	SyntheticPerson anyKnownToAllAgencies();

	/** A custodial parent with children who carries the family violence indicator. */
	SyntheticPerson anyWithFamilyViolenceIndicator();

	/** A child removed into foster care. */
	SyntheticPerson anyChildInFosterCare();

	/** A child whose birth record shows a paternity conflict. */
	SyntheticPerson anyWithPaternityConflict();

	/** A person whose SSN is mistyped (two digits swapped) at one agency. */
	SyntheticPerson anyWithMistypedSsn();

}
