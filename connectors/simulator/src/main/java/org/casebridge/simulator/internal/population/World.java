package org.casebridge.simulator.internal.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.HardCase;
import org.casebridge.simulator.JointCase;
import org.casebridge.simulator.JointCaseKind;
import org.casebridge.simulator.LocatedParent;
import org.casebridge.simulator.LocatedParentKind;
import org.casebridge.simulator.Population;
import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.SimulatorSettings;
import org.casebridge.simulator.SyntheticPerson;
import org.casebridge.simulator.TaxOffset;

/**
 * The generated population. Keeps where each family starts, each agency's search indexes
 * and a bounded cache of families; any other family is regenerated when asked for, so a
 * million people cost tens of megabytes, not gigabytes.
 */
public final class World implements Population {

	static final int CACHE_SLOTS = 1 << 14;

	private final long seed;

	private final Ids ids;

	private final FamilyGenerator generator;

	private final int[] familyStarts;

	private final Map<Agency, AgencyIndex> indexes;

	private final AtomicReferenceArray<Family> cache;

	World(long seed, int[] familyStarts, Map<Agency, AgencyIndex> indexes, FamilyGenerator generator,
			AtomicReferenceArray<Family> cache) {
		this.seed = seed;
		this.ids = new Ids(seed);
		this.generator = generator;
		this.familyStarts = familyStarts;
		this.indexes = indexes;
		this.cache = cache;
	}

	/** Generates exactly {@code people} people, family by family, indexing as it goes. */
	public static World generate(long seed, int people) {
		if (people < 1 || people > SimulatorSettings.MAX_PEOPLE) {
			throw new IllegalArgumentException("people must be between 1 and " + SimulatorSettings.MAX_PEOPLE);
		}
		return new Generation(seed).run(people);
	}

	@Override
	public long seed() {
		return this.seed;
	}

	public Ids ids() {
		return this.ids;
	}

	public int size() {
		return this.familyStarts[this.familyStarts.length - 1];
	}

	@Override
	public int familyCount() {
		return this.familyStarts.length - 1;
	}

	public Family family(int familyIndex) {
		int slot = familyIndex % CACHE_SLOTS;
		Family cached = this.cache.get(slot);
		if (cached != null && cached.index() == familyIndex) {
			return cached;
		}
		int first = this.familyStarts[familyIndex];
		Family family = this.generator.generate(familyIndex, first, this.familyStarts[familyIndex + 1] - first);
		this.cache.set(slot, family);
		return family;
	}

	public Family familyOf(int person) {
		int found = Arrays.binarySearch(this.familyStarts, 0, this.familyStarts.length - 1, person);
		return family((found >= 0) ? found : -found - 2);
	}

	/** {@code agency}'s records matching every criterion given, in population order. */
	public List<Match> search(Agency agency, Criteria criteria) {
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("at least one criterion is needed");
		}
		List<Match> matches = new ArrayList<>();
		int[] candidates = this.indexes.get(agency).candidates(criteria);
		if (candidates == null) {
			for (int f = 0; f < familyCount(); f++) {
				Family family = family(f);
				family.members().forEach((person) -> addIfMatching(matches, family, person, agency, criteria));
			}
			return matches;
		}
		Arrays.sort(candidates);
		for (int i = 0; i < candidates.length; i++) {
			if (i == 0 || candidates[i] != candidates[i - 1]) {
				Family family = familyOf(candidates[i]);
				addIfMatching(matches, family, family.member(candidates[i]), agency, criteria);
			}
		}
		return matches;
	}

	/**
	 * The person behind {@code agency}'s record {@code recordId}, if the agency has it.
	 */
	public Optional<Match> find(Agency agency, String recordId) {
		int person = switch (agency) {
			case SUPPORT -> this.ids.personOfMemberId(recordId);
			case WELFARE -> this.ids.personOfWelfareId(recordId);
			case VITALS -> this.ids.personOfRegistrantId(recordId);
			case LOCATE -> this.ids.personOfSubjectKey(recordId);
		};
		if (person < 0 || person >= size()) {
			return Optional.empty();
		}
		Family family = familyOf(person);
		Person member = family.member(person);
		Identity identity = family.identity(member, agency);
		return Optional.ofNullable(identity).map((found) -> new Match(family, member, found));
	}

	/**
	 * The first person in population order for whom {@code test} holds; the matches
	 * tested and returned have no identity, as they are not any one agency's record.
	 */
	public Optional<Match> first(Predicate<Match> test) {
		for (int f = 0; f < familyCount(); f++) {
			Family family = family(f);
			for (Person person : family.members()) {
				Match match = new Match(family, person, null);
				if (test.test(match)) {
					return Optional.of(match);
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public List<SyntheticPerson> people() {
		return new PeopleView(this);
	}

	@Override
	public SyntheticPerson person(String truthId) {
		return member(truthId).truth();
	}

	@Override
	public Map<Agency, String> agencyIds(String truthId) {
		Person person = member(truthId);
		Map<Agency, String> ids = new EnumMap<>(Agency.class);
		familyOf(person.index()).identities()
			.get(person.index() - familyOf(person.index()).firstPerson())
			.forEach((agency, identity) -> ids.put(agency, identity.recordId()));
		return ids;
	}

	@Override
	public Optional<String> truthIdOf(Agency agency, String agencyRecordId) {
		return find(agency, agencyRecordId).map((match) -> match.person().truth().truthId());
	}

	@Override
	public List<SyntheticPerson> family(String familyId) {
		int family = Ids.familyOfFamilyId(familyId);
		if (family < 0 || family >= familyCount()) {
			throw new IllegalArgumentException("unknown family");
		}
		return family(family).members().stream().map(Person::truth).toList();
	}

	@Override
	public SyntheticPerson anyKnownToAllAgencies() {
		return GroundTruth.knownToAll(this);
	}

	@Override
	public SyntheticPerson anyWithFamilyViolenceIndicator() {
		return GroundTruth.withFamilyViolenceIndicator(this);
	}

	@Override
	public SyntheticPerson anyChildInFosterCare() {
		return GroundTruth.childInFosterCare(this);
	}

	@Override
	public SyntheticPerson anyWithPaternityConflict() {
		return GroundTruth.withPaternityConflict(this);
	}

	@Override
	public SyntheticPerson anyWithMistypedSsn() {
		return GroundTruth.withMistypedSsn(this);
	}

	@Override
	public Set<Agency> flaggedAt(String truthId) {
		return PersonRecords.flaggedAt(at(truthId));
	}

	@Override
	public List<RecordedIdentity> recordedIdentities(String truthId) {
		return PersonRecords.recorded(at(truthId));
	}

	@Override
	public Set<String> ssnsOf(String truthId) {
		return PersonRecords.ssns(at(truthId), this.ids);
	}

	@Override
	public Set<String> locationValues(String truthId) {
		return Whereabouts.of(this.seed, at(truthId));
	}

	@Override
	public List<SyntheticPerson> childrenInCareOf(String truthId) {
		return truths(Relations.childrenInCare(at(truthId)));
	}

	@Override
	public List<TaxOffset> taxOffsets(String truthId) {
		return PersonRecords.taxOffsets(at(truthId));
	}

	@Override
	public List<SyntheticPerson> parentsOf(String childTruthId) {
		return truths(Relations.parents(at(childTruthId)));
	}

	@Override
	public List<SyntheticPerson> relativesOf(String childTruthId) {
		return truths(Relations.relatives(at(childTruthId)));
	}

	@Override
	public List<SyntheticPerson> flaggedPeople() {
		return GroundTruth.flagged(this);
	}

	@Override
	public Map<HardCase, List<String>> hardCases() {
		return GroundTruth.hardCases(this);
	}

	@Override
	public Optional<JointCase> jointCase(JointCaseKind kind) {
		return JointCases.find(this, kind);
	}

	@Override
	public Optional<LocatedParent> locatedParent(LocatedParentKind kind) {
		return LocatedParents.find(this, kind);
	}

	@Override
	public boolean waitingForPlacement(String childTruthId) {
		Match child = at(childTruthId);
		return child.family()
			.episodesOf(child.person())
			.stream()
			.anyMatch((e) -> e.child().equals(child.person()) && e.waitingForPlacement());
	}

	@Override
	public List<SyntheticPerson> recordedParentsOf(String childTruthId) {
		Match child = at(childTruthId);
		return truths(LocatedParents.recordedParents(child.family(), child.person()));
	}

	@Override
	public Set<String> welfareWorkersOf(String childTruthId) {
		Match child = at(childTruthId);
		Set<String> emails = new TreeSet<>();
		child.family()
			.episodesOf(child.person())
			.stream()
			.filter((e) -> e.child().equals(child.person()))
			.forEach((e) -> emails.add(e.worker().email()));
		return emails;
	}

	/** The person with their family, as no agency's record. */
	private Match at(String truthId) {
		Person person = member(truthId);
		return new Match(familyOf(person.index()), person, null);
	}

	private static List<SyntheticPerson> truths(List<Person> people) {
		return people.stream().map(Person::truth).toList();
	}

	private Person member(String truthId) {
		int person = Ids.personOfTruthId(truthId);
		if (person < 0 || person >= size()) {
			throw new IllegalArgumentException("unknown person");
		}
		return familyOf(person).member(person);
	}

	private static void addIfMatching(List<Match> matches, Family family, Person person, Agency agency,
			Criteria criteria) {
		Identity identity = family.identity(person, agency);
		if (identity != null && criteria.matches(identity)) {
			matches.add(new Match(family, person, identity));
		}
	}

}
