package org.casebridge.simulator;

import java.util.List;

import org.casebridge.simulator.SyntheticPerson.Role;
import org.casebridge.simulator.SyntheticPerson.Sex;
import org.casebridge.simulator.internal.population.Address;
import org.casebridge.simulator.internal.population.Birth;
import org.casebridge.simulator.internal.population.Episode;
import org.casebridge.simulator.internal.population.Family;
import org.casebridge.simulator.internal.population.Identity;
import org.casebridge.simulator.internal.population.Ids;
import org.casebridge.simulator.internal.population.LocateHistory;
import org.casebridge.simulator.internal.population.LocateRecord.AddressSeen;
import org.casebridge.simulator.internal.population.Paternity.GeneticTest;
import org.casebridge.simulator.internal.population.Person;
import org.casebridge.simulator.internal.population.SimulationDate;
import org.casebridge.simulator.internal.population.World;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The third generation: grandparents, aunts and uncles are people of the population with
 * their own records, tied to the family by birth records, and are relatives of the
 * children, never their parents.
 */
class KinshipTests {

	private static World world;

	@BeforeAll
	static void generate() {
		SimulatorSettings defaults = SimulatorSettings.defaults();
		world = World.generate(defaults.seed(), defaults.people());
	}

	@Test
	void aGrandmotherIsAMotherOnABirthRecordButNotAParentOfHerGrandchild() {
		int grandmothers = 0;
		for (int f = 0; f < world.familyCount(); f++) {
			Family family = world.family(f);
			for (Person child : children(family)) {
				List<SyntheticPerson> parents = world.parentsOf(child.truth().truthId());
				List<SyntheticPerson> relatives = world.relativesOf(child.truth().truthId());
				assertThat(parents).first().isEqualTo(family.members().get(0).truth());
				assertThat(parents).noneMatch(relatives::contains)
					.allSatisfy(
							(parent) -> assertThat(parent.role()).isIn(Role.MOTHER, Role.FATHER, Role.ALLEGED_FATHER));
				assertThat(relatives)
					.allSatisfy((relative) -> assertThat(relative.role()).isIn(Role.GRANDPARENT, Role.RELATIVE));
				for (SyntheticPerson relative : relatives) {
					if (relative.role() == Role.GRANDPARENT && relative.sex() == Sex.FEMALE) {
						Person grandmother = family.member(Ids.personOfTruthId(relative.truthId()));
						assertThat(family.birthsOf(grandmother)).isNotEmpty()
							.allSatisfy((birth) -> assertThat(birth.mother()).isEqualTo(grandmother));
						grandmothers++;
					}
				}
			}
		}
		assertThat(grandmothers).isPositive();
	}

	@Test
	void theMothersParentsAreTheParentsOnHerOwnBirthRecord() {
		Family family = familyWith(Role.RELATIVE);
		Person mother = family.members().get(0);
		List<SyntheticPerson> grandparents = world.parentsOf(mother.truth().truthId());
		assertThat(grandparents).isNotEmpty()
			.allSatisfy((grandparent) -> assertThat(grandparent.role()).isEqualTo(Role.GRANDPARENT));
		assertThat(grandparents.get(0).sex()).isEqualTo(Sex.FEMALE);
		Birth own = family.births().stream().filter((birth) -> birth.child().equals(mother)).findFirst().orElseThrow();
		assertThat(mother.truth().maidenName() != null ? mother.truth().maidenName() : mother.truth().last())
			.isEqualTo(own.mother().truth().last());
		Identity vitals = family.identity(mother, Agency.VITALS);
		assertThat(vitals.caseNumbers().get(0)).isEqualTo(own.certificate());
	}

	@Test
	void auntsAndUnclesShareTheMothersMotherAndHaveOnlyAdultRecords() {
		Family family = familyWith(Role.RELATIVE);
		Person mother = family.members().get(0);
		Person grandmother = family.births()
			.stream()
			.filter((birth) -> birth.child().equals(mother))
			.findFirst()
			.orElseThrow()
			.mother();
		List<Person> siblings = family.members()
			.stream()
			.filter((member) -> member.truth().role() == Role.RELATIVE)
			.toList();
		for (Person sibling : siblings) {
			assertThat(family.birthsOf(sibling)).anySatisfy((birth) -> {
				assertThat(birth.child()).isEqualTo(sibling);
				assertThat(birth.mother()).isEqualTo(grandmother);
			});
			assertThat(sibling.truth().dateOfBirth()).isBefore(SimulationDate.TODAY.minusYears(18));
			assertThat(world.agencyIds(sibling.truth().truthId())).doesNotContainKeys(Agency.WELFARE, Agency.SUPPORT);
		}
		children(family).forEach((child) -> assertThat(world.relativesOf(child.truth().truthId()))
			.containsAll(siblings.stream().map(Person::truth).toList()));
	}

	@Test
	void relativeFosterHomesAreOftenAGrandparentsOrAuntsHousehold() {
		int kinHomes = 0;
		for (int f = 0; f < world.familyCount(); f++) {
			Family family = world.family(f);
			if (family.welfareCase() == null) {
				continue;
			}
			for (Episode episode : family.welfareCase().episodes()) {
				for (Episode.Placement placement : episode.placements()) {
					boolean kinHome = family.members()
						.stream()
						.filter(Person::isKin)
						.anyMatch((kin) -> placement.provider().equals(kin.truth().last() + " kinship home")
								&& placement.address().equals(residence(kin)));
					if (kinHome) {
						assertThat(placement.setting()).isEqualTo("FFR");
						assertThat(world.locationValues(episode.child().truth().truthId()))
							.contains(placement.provider(), placement.address().street());
						kinHomes++;
					}
				}
			}
		}
		assertThat(kinHomes).isPositive();
	}

	@Test
	void aManAGeneticTestExcludedIsNotAParent() {
		int excluded = 0;
		for (int f = 0; f < world.familyCount(); f++) {
			Family family = world.family(f);
			for (Birth birth : family.births()) {
				for (GeneticTest test : birth.paternity().geneticTests()) {
					List<SyntheticPerson> parents = world.parentsOf(birth.child().truth().truthId());
					if ("EXCLUSION".equals(test.result())) {
						assertThat(parents).doesNotContain(test.allegedFather().truth());
						excluded++;
					}
					else {
						assertThat(parents).contains(test.allegedFather().truth());
					}
				}
			}
		}
		assertThat(excluded).isPositive();
	}

	private static Address residence(Person person) {
		return LocateHistory.of(world.seed(), person)
			.stream()
			.filter(AddressSeen.class::isInstance)
			.map((record) -> ((AddressSeen) record).address())
			.findFirst()
			.orElseThrow();
	}

	private static List<Person> children(Family family) {
		return family.members().stream().filter(Person::isChild).toList();
	}

	private static Family familyWith(Role role) {
		for (int f = 0; f < world.familyCount(); f++) {
			Family family = world.family(f);
			if (family.members().stream().anyMatch((member) -> member.truth().role() == role)) {
				return family;
			}
		}
		throw new AssertionError("no family with a " + role);
	}

}
