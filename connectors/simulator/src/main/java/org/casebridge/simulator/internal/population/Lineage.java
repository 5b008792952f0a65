package org.casebridge.simulator.internal.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.casebridge.simulator.SyntheticPerson.Role;
import org.casebridge.simulator.SyntheticPerson.Sex;
import org.casebridge.simulator.internal.population.Paternity.Method;

/**
 * Writes a family's third generation: the mother's (and sometimes the legal father's)
 * parents and the mother's adult brothers and sisters, with the birth records that make
 * them kin. The grandmother is the mother on her own children's birth records, and a
 * grandfather their legal father by marriage; without him the children carry their
 * mother's surname.
 */
final class Lineage {

	private final Ids ids;

	private final SplittableRandom random;

	private int next;

	Lineage(Ids ids, SplittableRandom random) {
		this.ids = ids;
		this.random = random;
	}

	/** The people are numbered from {@code firstPerson} on. */
	Kin kin(Kinship kinship, Person mother, Person father, int firstPerson) {
		this.next = firstPerson;
		List<Person> people = new ArrayList<>();
		List<Birth> births = new ArrayList<>();
		if (kinship.maternalGrandmother()) {
			String surname = (mother.truth().maidenName() != null) ? mother.truth().maidenName()
					: mother.truth().last();
			List<LocalDate> siblingsBorn = new ArrayList<>();
			Parents parents = parents(surname, mother, kinship.maternalGrandfather(), siblingsBorn,
					kinship.maternalSiblings());
			people.addAll(parents.people());
			births.add(birth(mother, parents));
			for (LocalDate born : siblingsBorn) {
				Person sibling = sibling(surname, born, mother.truth().familyId());
				people.add(sibling);
				births.add(birth(sibling, parents));
			}
		}
		if (kinship.paternalGrandmother() && father != null) {
			Parents parents = parents(father.truth().last(), father, kinship.paternalGrandfather(), new ArrayList<>(),
					0);
			people.addAll(parents.people());
			births.add(birth(father, parents));
		}
		births.sort(Comparator.comparing((Birth birth) -> birth.child().truth().dateOfBirth()));
		return new Kin(people, births);
	}

	/**
	 * {@code child}'s parents, and the birth dates of {@code siblings} more children of
	 * theirs (adults today); a grandfather who died did so after the last of them was
	 * born.
	 */
	private Parents parents(String surname, Person child, boolean withFather, List<LocalDate> siblingsBorn,
			int siblings) {
		LocalDate childBorn = child.truth().dateOfBirth();
		LocalDate born = childBorn.minusYears(Draw.between(this.random, 18, 40)).minusDays(this.random.nextInt(365));
		LocalDate latestAdult = SimulationDate.TODAY.minusYears(18).minusDays(1);
		LocalDate lastBirth = childBorn;
		for (int i = 0; i < siblings; i++) {
			LocalDate sibling = born.plusYears(18).plusDays(this.random.nextInt(24 * 365));
			sibling = sibling.isAfter(latestAdult) ? latestAdult : sibling;
			if (sibling.equals(childBorn)) {
				sibling = sibling.minusDays(400);
			}
			siblingsBorn.add(sibling);
			lastBirth = sibling.isAfter(lastBirth) ? sibling : lastBirth;
		}
		String familyId = child.truth().familyId();
		String maiden = withFather ? differentLast(surname) : null;
		Person mother = FamilyGenerator.person(this.ids, this.next++, Names.pick(this.random, Names.FEMALE),
				middle(Names.FEMALE), surname, maiden, born, Sex.FEMALE, familyId, Role.GRANDPARENT, false);
		if (!withFather) {
			return new Parents(mother, null);
		}
		Person father = FamilyGenerator.person(this.ids, this.next++, Names.pick(this.random, Names.MALE),
				middle(Names.MALE), surname, null, born.minusDays(Draw.between(this.random, -730, 2920)), Sex.MALE,
				familyId, Role.GRANDPARENT, false);
		if (Draw.chance(this.random, 0.1)) {
			father = new Person(father.index(), father.truth(), Draw.date(this.random, lastBirth, Draw.LAST_DAY));
		}
		return new Parents(mother, father);
	}

	/** An aunt keeps her birth surname or has married. */
	private Person sibling(String surname, LocalDate born, String familyId) {
		Sex sex = this.random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
		List<String> names = (sex == Sex.FEMALE) ? Names.FEMALE : Names.MALE;
		boolean married = sex == Sex.FEMALE && Draw.chance(this.random, 0.4);
		return FamilyGenerator.person(this.ids, this.next++, Names.pick(this.random, names), middle(names),
				married ? differentLast(surname) : surname, married ? surname : null, born, sex, familyId,
				Role.RELATIVE, false);
	}

	private Birth birth(Person child, Parents parents) {
		LocalDate born = child.truth().dateOfBirth();
		Paternity paternity = (parents.father() != null)
				? new Paternity(Method.MAR, born, null, null, null, List.of(), List.of(), List.of())
				: new Paternity(Method.NONE, null, null, null, null, List.of(), List.of(), List.of());
		return new Birth(this.ids.certificateNumber(child.index(), born.getYear()), child, parents.mother(),
				parents.father(), paternity, Draw.moment(this.random, born));
	}

	private String middle(List<String> names) {
		return Draw.chance(this.random, 0.6) ? Names.pick(this.random, names) : null;
	}

	private String differentLast(String other) {
		String last = Names.pick(this.random, Names.LAST);
		return last.equals(other) ? Names.pick(this.random, Names.LAST) : last;
	}

	/** A birth record's mother and legal father (null when none is recorded). */
	private record Parents(Person mother, Person father) {

		List<Person> people() {
			return (this.father != null) ? List.of(this.mother, this.father) : List.of(this.mother);
		}

	}

}
