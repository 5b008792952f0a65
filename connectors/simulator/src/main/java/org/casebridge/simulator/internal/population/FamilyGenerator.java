package org.casebridge.simulator.internal.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.HardCase;
import org.casebridge.simulator.SyntheticPerson;
import org.casebridge.simulator.SyntheticPerson.Role;
import org.casebridge.simulator.SyntheticPerson.Sex;

/**
 * Generates one family as a pure function of the seed, the family's number, its first
 * person's number and the room left in the population: the same arguments always give the
 * same family, which is what lets the population regenerate families instead of keeping
 * them.
 */
final class FamilyGenerator {

	private final long seed;

	private final Ids ids;

	FamilyGenerator(long seed) {
		this.seed = seed;
		this.ids = new Ids(seed);
	}

	Family generate(int familyIndex, int firstPerson, int cap) {
		SplittableRandom random = new SplittableRandom(Ids.mix(this.seed, familyIndex));
		SplittableRandom castRandom = random.split();
		SplittableRandom paternityRandom = random.split();
		SplittableRandom welfareRandom = random.split();
		SplittableRandom supportRandom = random.split();
		SplittableRandom viewRandom = random.split();
		SplittableRandom kinRandom = random.split();
		HardCase hardCase = HardCases.designated(familyIndex);
		Shape shape = Shape.draw(castRandom, cap, hardCase);
		Cast cast = cast(shape, castRandom, kinRandom, familyIndex, firstPerson);
		List<Birth> births = new ArrayList<>(
				new PaternityPlanner(this.ids, paternityRandom).births(shape.scenario(), cast));
		births.addAll(cast.kin().births());
		WelfareCase welfareCase = (shape.foster() || shape.inHome())
				? new WelfarePlanner(this.ids, welfareRandom).welfareCase(shape, cast) : null;
		boolean supportKnowsCustodian = shape.hardCase() == HardCase.MISSING_AND_MISTYPED_SSN
				|| shape.hardCase() == HardCase.SSN_CHANGED;
		List<SupportCase> supportCases = new SupportPlanner(this.ids, supportRandom).cases(cast, welfareCase,
				supportKnowsCustodian);
		List<Map<Agency, Identity>> identities = new AgencyViews(this.ids, viewRandom).identities(cast, births,
				supportCases, welfareCase, shape.hardCase());
		if (shape.hardCase() == null) {
			identities = LocatedParentCases.shape(this.seed, familyIndex, welfareCase, cast.members(), identities);
		}
		return new Family(familyIndex, Ids.familyId(familyIndex), cast.members(), identities, births, supportCases,
				welfareCase, cast.custodian(), shape.hardCase());
	}

	private Cast cast(Shape shape, SplittableRandom random, SplittableRandom kinRandom, int familyIndex,
			int firstPerson) {
		String familyId = Ids.familyId(familyIndex);
		int motherAge = Draw.between(random, 19, 47);
		LocalDate motherBorn = SimulationDate.TODAY.minusYears(motherAge).minusDays(random.nextInt(1, 365));
		String maiden = Names.pick(random, Names.LAST);
		String fatherLast = differentLast(random, maiden);
		String motherLast = shape.married() ? fatherLast : maiden;
		int next = firstPerson;
		boolean motherFlagged = shape.familyViolence() && !shape.fatherCustodial();
		List<String> motherNames = (shape.hardCase() == HardCase.NICKNAME_AT_WELFARE) ? Names.FEMALE_WITH_NICKNAMES
				: Names.FEMALE;
		Person mother = person(next++, Names.pick(random, motherNames), middle(random, Names.FEMALE), motherLast,
				shape.married() ? maiden : null, motherBorn, Sex.FEMALE, familyId, Role.MOTHER, motherFlagged);
		Person father = null;
		if (shape.legalFather()) {
			father = man(next++, random, fatherLast, motherBorn, familyId, Role.FATHER,
					shape.familyViolence() && shape.fatherCustodial());
		}
		List<Person> alleged = new ArrayList<>();
		for (int i = 0; i < shape.alleged(); i++) {
			alleged.add(man(next++, random, differentLast(random, fatherLast), motherBorn, familyId,
					Role.ALLEGED_FATHER, false));
		}
		String childLast = (father != null && (shape.married() || Draw.chance(random, 0.7))) ? fatherLast : motherLast;
		List<LocalDate> births = childBirthDates(random, shape, motherAge);
		List<Person> children = new ArrayList<>();
		for (LocalDate born : births) {
			Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
			List<String> names = (sex == Sex.FEMALE) ? Names.FEMALE : Names.MALE;
			String middle = Draw.chance(random, 0.7) ? Names.pick(random, names) : null;
			children.add(person(next++, Names.pick(random, names), middle, childLast, null, born, sex, familyId,
					Role.CHILD, false));
		}
		if (father != null && !shape.fatherCustodial() && !births.isEmpty() && Draw.chance(random, 0.01)) {
			father = new Person(father.index(), father.truth(), Draw.date(random, births.get(0), Draw.LAST_DAY));
		}
		Person custodian = shape.fatherCustodial() ? father : mother;
		Kin kin = new Lineage(this.ids, kinRandom).kin(shape.kin(), mother, father, next);
		return new Cast(familyIndex, mother, father, alleged, children, custodian, kin);
	}

	private Person man(int index, SplittableRandom random, String last, LocalDate motherBorn, String familyId,
			Role role, boolean flagged) {
		LocalDate born = motherBorn.minusDays(Draw.between(random, -730, 2920));
		return person(index, Names.pick(random, Names.MALE), middle(random, Names.MALE), last, null, born, Sex.MALE,
				familyId, role, flagged);
	}

	private Person person(int index, String first, String middle, String last, String maiden, LocalDate born, Sex sex,
			String familyId, Role role, boolean flagged) {
		return person(this.ids, index, first, middle, last, maiden, born, sex, familyId, role, flagged);
	}

	/** A living person numbered {@code index}, with the true SSN that number gives. */
	static Person person(Ids ids, int index, String first, String middle, String last, String maiden, LocalDate born,
			Sex sex, String familyId, Role role, boolean flagged) {
		String fixedMiddle = first.equals(middle) ? null : middle;
		return new Person(index, new SyntheticPerson(Ids.truthId(index), first, fixedMiddle, last, maiden, born,
				ids.ssn(index), sex, familyId, role, flagged), null);
	}

	/** Oldest first; the youngest is a newborn when the shape says so. */
	private static List<LocalDate> childBirthDates(SplittableRandom random, Shape shape, int motherAge) {
		List<LocalDate> dates = new ArrayList<>();
		if (shape.children() == 0) {
			return dates;
		}
		int oldestAllowed = (int) Math.min(17L * 365 + 300, (motherAge - 16L) * 365);
		int age = shape.newborn() ? Draw.between(random, 1, 50)
				: Draw.between(random, 60, Math.min(17 * 365, (motherAge - 17) * 365));
		for (int i = 0; i < shape.children(); i++) {
			dates.add(0, SimulationDate.TODAY.minusDays(Math.min(age, oldestAllowed)));
			age += Draw.between(random, 400, 1500);
		}
		return dates;
	}

	private static String middle(SplittableRandom random, List<String> names) {
		return Draw.chance(random, 0.6) ? Names.pick(random, names) : null;
	}

	private static String differentLast(SplittableRandom random, String other) {
		String last = Names.pick(random, Names.LAST);
		return last.equals(other) ? Names.pick(random, Names.LAST) : last;
	}

}
