package org.casebridge.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

	/**
	 * The members of a family: mother, fathers and alleged fathers, then children, then
	 * grandparents, aunts and uncles.
	 */
	List<SyntheticPerson> family(String familyId);

	/** A person every one of the four agencies has a record of. */
	SyntheticPerson anyKnownToAllAgencies();

	/**
	 * A custodial parent with children who carries the family violence indicator, known
	 * to child support and flagged by every agency of hers that carries the flag: the
	 * plain case, never one of {@link #hardCases()}.
	 */
	SyntheticPerson anyWithFamilyViolenceIndicator();

	/** A child removed into foster care. */
	SyntheticPerson anyChildInFosterCare();

	/** A child whose birth record shows a paternity conflict. */
	SyntheticPerson anyWithPaternityConflict();

	/** A person whose SSN is mistyped (two digits swapped) at one agency. */
	SyntheticPerson anyWithMistypedSsn();

	/**
	 * The agencies whose record of the person carries the family violence indicator
	 * (child support's {@code fvi}, child welfare's {@code dv_flag}); empty for most
	 * people, and possibly for a person at risk whom no agency flagged.
	 * @throws IllegalArgumentException for an unknown id
	 */
	Set<Agency> flaggedAt(String truthId);

	/**
	 * The person as each agency that knows them recorded them, in the order of
	 * {@link Agency}: every search path a worker has (each SSN held, each name with date
	 * of birth, maiden names and other aliases, case numbers).
	 * @throws IllegalArgumentException for an unknown id
	 */
	List<RecordedIdentity> recordedIdentities(String truthId);

	/**
	 * Every SSN the person has had: the true one in use today
	 * ({@link SyntheticPerson#ssn()}) and, for a person issued a new number, the former
	 * one some agencies still hold. Mistyped numbers are not the person's.
	 * @throws IllegalArgumentException for an unknown id
	 */
	Set<String> ssnsOf(String truthId);

	/**
	 * Every value by which an agency's answer could reveal where the person is, exactly
	 * as the agency serves it: for a person known to locate, each record's first address
	 * line (residential or mailing, DMV and employer addresses), employer name, EIN and
	 * licence number; for a child in foster care, each placement's provider name and
	 * street line. Cities, states, ZIP codes and values shorter than five characters are
	 * left out as too common. Street lines and employer names come from short lists, so
	 * an answer about someone else may hold the same value.
	 * @throws IllegalArgumentException for an unknown id
	 */
	Set<String> locationValues(String truthId);

	/**
	 * The children removed into foster care whose custodial parent (the parent they were
	 * living with) is the person; empty for anyone else.
	 * @throws IllegalArgumentException for an unknown id
	 */
	List<SyntheticPerson> childrenInCareOf(String truthId);

	/**
	 * The federal tax refund offsets (payments with source {@code IRS}) on every support
	 * case the person is a participant of, with the disbursement of each.
	 * @throws IllegalArgumentException for an unknown id
	 */
	List<TaxOffset> taxOffsets(String truthId);

	/**
	 * Who has or may have parental rights to the child: the mother, the legal father and
	 * every alleged or putative father on the child's birth record, except a man a
	 * genetic test excluded (child welfare may still list him as a putative father).
	 * Works for an adult with a birth record too (a mother's parents); empty without one.
	 * @throws IllegalArgumentException for an unknown id
	 */
	List<SyntheticPerson> parentsOf(String childTruthId);

	/**
	 * The child's grandparents (the parents on the mother's and the legal father's own
	 * birth records), then aunts and uncles (the other children of those grandmothers);
	 * never a parent. A grandmother is a mother on a birth record, but not the child's.
	 * @throws IllegalArgumentException for an unknown id
	 */
	List<SyntheticPerson> relativesOf(String childTruthId);

	/**
	 * Every person flagged by at least one agency, in population order (regenerates every
	 * family: seconds for a million people).
	 */
	List<SyntheticPerson> flaggedPeople();

	/**
	 * The flagged mothers whose records fail to link on purpose, by kind (every kind is a
	 * key; each list in population order). Every 32nd family from the sixth on is one,
	 * cycling through the kinds, so 1,000 people hold every kind whatever the seed.
	 */
	Map<HardCase, List<String>> hardCases();

	/**
	 * The first situation of {@code kind} in population order, with the change that
	 * announces it, in a family whose records link plainly.
	 */
	Optional<JointCase> jointCase(JointCaseKind kind);

	/**
	 * The first situation of {@code kind} in population order (outside the hard-case
	 * families), with the locate change that announces it.
	 */
	Optional<LocatedParent> locatedParent(LocatedParentKind kind);

	/**
	 * Whether the child waits for placement: in foster care (removed, not discharged) and
	 * not placed with a family today (no current placement, or a group home or an
	 * institution).
	 * @throws IllegalArgumentException for an unknown id
	 */
	boolean waitingForPlacement(String childTruthId);

	/**
	 * Whom child welfare lists as the parents (mother, father, putative fathers) on the
	 * child's removal episodes; empty for a child never removed.
	 * @throws IllegalArgumentException for an unknown id
	 */
	List<SyntheticPerson> recordedParentsOf(String childTruthId);

	/**
	 * The e-mail addresses of the workers assigned to the child's removal episodes.
	 * @throws IllegalArgumentException for an unknown id
	 */
	Set<String> welfareWorkersOf(String childTruthId);

}
