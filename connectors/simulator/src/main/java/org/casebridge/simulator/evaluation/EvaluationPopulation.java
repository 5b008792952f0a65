package org.casebridge.simulator.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.casebridge.simulator.HardCase;
import org.casebridge.simulator.Population;
import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.SyntheticPerson;
import org.casebridge.simulator.SyntheticPerson.Sex;

/**
 * The served population's records of every person, made dirtier at the rates of a
 * {@link Dirt}, plus — in a stress population — a look-alike for every 40th person,
 * cycling through twins, a father or mother of the same name a generation older, and a
 * namesake born the same day with another SSN; the flagged mothers issued a new SSN bring
 * their old and new numbers. The same seed gives the same population.
 *
 * <p>
 * Look-alikes are added far more often than they occur (one person in 120 gets a namesake
 * born the same day) so that every kind is measured thousands of times; a population
 * {@linkplain #natural(long, int, Dirt) without them} has only the served population's
 * own namesakes, at the rate its names and dates produce, and is the one to learn base
 * rates from.
 */
public final class EvaluationPopulation {

	static final int LOOK_ALIKE_EVERY = 40;

	private final long seed;

	private final List<AgencyRecord> records;

	private final GroundTruth truth;

	private EvaluationPopulation(long seed, List<AgencyRecord> records, GroundTruth truth) {
		this.seed = seed;
		this.records = List.copyOf(records);
		this.truth = truth;
	}

	/**
	 * @param people how many people the served population has (look-alikes come on top)
	 */
	public static EvaluationPopulation generate(long seed, int people, Dirt dirt) {
		return generate(seed, people, dirt, true);
	}

	/**
	 * The same population without the added look-alikes: its namesakes and renumbered
	 * victims are only those the served population has.
	 * @param people how many people the served population has
	 */
	public static EvaluationPopulation natural(long seed, int people, Dirt dirt) {
		return generate(seed, people, dirt, false);
	}

	private static EvaluationPopulation generate(long seed, int people, Dirt dirt, boolean lookAlikesAdded) {
		Population population = Population.generate(seed, people);
		SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 13);
		Dirtier dirtier = new Dirtier(dirt, random);
		Set<String> renumbered = Set.copyOf(population.hardCases().get(HardCase.SSN_CHANGED));
		List<AgencyRecord> records = new ArrayList<>();
		Map<String, String> personOf = new HashMap<>();
		List<HardNegative> hardNegatives = new ArrayList<>();
		int lookAlikes = 0;
		int index = 0;
		for (SyntheticPerson person : population.people()) {
			List<RecordedIdentity> recorded = population.recordedIdentities(person.truthId());
			List<AgencyRecord> own = new ArrayList<>();
			for (RecordedIdentity identity : recorded) {
				AgencyRecord record = dirtier.dirty(clean(identity, person.sex()));
				own.add(record);
				records.add(record);
				personOf.put(record.key(), person.truthId());
			}
			if (renumbered.contains(person.truthId())) {
				oldAndNewSsn(own, population.ssnsOf(person.truthId()), person.ssn(), hardNegatives);
			}
			if (lookAlikesAdded && !recorded.isEmpty() && index++ % LOOK_ALIKE_EVERY == LOOK_ALIKE_EVERY - 1) {
				HardNegative.Kind kind = LookAlikes.KINDS.get(lookAlikes % LookAlikes.KINDS.size());
				String truthId = "EV" + lookAlikes++;
				List<AgencyRecord> theirs = new ArrayList<>();
				for (AgencyRecord record : LookAlikes.of(kind, person, recorded, truthId, random)) {
					AgencyRecord dirty = dirtier.dirty(record);
					theirs.add(dirty);
					records.add(dirty);
					personOf.put(dirty.key(), truthId);
				}
				pairUp(kind, own, theirs, hardNegatives);
			}
		}
		return new EvaluationPopulation(seed, records, new GroundTruth(personOf, hardNegatives));
	}

	public long seed() {
		return this.seed;
	}

	/** Every agency's records, as a matcher is given them. */
	public List<AgencyRecord> records() {
		return this.records;
	}

	/** Who each record is: for scoring only. */
	public GroundTruth truth() {
		return this.truth;
	}

	static AgencyRecord clean(RecordedIdentity identity, Sex sex) {
		return new AgencyRecord(identity.agency() + ":" + identity.recordId(), identity.agency(), identity.first(),
				identity.middle(), identity.last(), identity.aliases(), identity.dateOfBirth(),
				identity.dateOfBirthEstimated(), identity.ssn(), sex);
	}

	private static void oldAndNewSsn(List<AgencyRecord> own, Set<String> ssns, String current,
			List<HardNegative> hardNegatives) {
		for (AgencyRecord a : own) {
			for (AgencyRecord b : own) {
				if (a.ssn() != null && b.ssn() != null && !a.ssn().equals(current) && ssns.contains(a.ssn())
						&& b.ssn().equals(current)) {
					hardNegatives.add(new HardNegative(HardNegative.Kind.VICTIM_OLD_AND_NEW_SSN, a.key(), b.key()));
				}
			}
		}
	}

	private static void pairUp(HardNegative.Kind kind, List<AgencyRecord> own, List<AgencyRecord> theirs,
			List<HardNegative> hardNegatives) {
		for (AgencyRecord a : own) {
			for (AgencyRecord b : theirs) {
				boolean differentSsns = a.ssn() != null && b.ssn() != null && !a.ssn().equals(b.ssn());
				if (kind != HardNegative.Kind.NAMESAKES_WITH_DIFFERENT_SSNS || differentSsns) {
					hardNegatives.add(new HardNegative(kind, a.key(), b.key()));
				}
			}
		}
	}

	/** A day that exists in every month. */
	static LocalDate withDay(LocalDate date, int day) {
		return date.withDayOfMonth(Math.min(day, 28));
	}

}
