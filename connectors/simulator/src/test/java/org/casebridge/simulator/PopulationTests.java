package org.casebridge.simulator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.casebridge.simulator.SyntheticPerson.Role;
import org.casebridge.simulator.internal.population.Criteria;
import org.casebridge.simulator.internal.population.Family;
import org.casebridge.simulator.internal.population.Ids;
import org.casebridge.simulator.internal.population.Match;
import org.casebridge.simulator.internal.population.SimulationDate;
import org.casebridge.simulator.internal.population.World;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PopulationTests {

	private static final long SEED = SimulatorSettings.defaults().seed();

	private static World world;

	@BeforeAll
	static void generate() {
		world = World.generate(SEED, 5000);
	}

	@Test
	void defaultPopulationHasFiveThousandPeopleInOverAThousandFamilies() {
		assertThat(world.people()).hasSize(5000);
		assertThat(world.familyCount()).isGreaterThan(1000);
	}

	@Test
	void sameSeedGivesTheSamePeopleAndRecords() {
		World again = World.generate(SEED, 5000);
		assertThat(again.people()).isEqualTo(world.people());
		for (int f = 0; f < world.familyCount(); f += 7) {
			assertThat(again.family(f)).isEqualTo(world.family(f));
		}
	}

	@Test
	void differentSeedGivesDifferentPeople() {
		World other = World.generate(SEED + 1, 5000);
		long same = 0;
		for (int i = 0; i < 5000; i++) {
			if (other.people().get(i).equals(world.people().get(i))) {
				same++;
			}
		}
		assertThat(same).isZero();
		assertThat(other.agencyIds(Ids.truthId(0))).isNotEqualTo(world.agencyIds(Ids.truthId(0)));
	}

	@Test
	void agencyRecordIdsLeadBackToTheirPerson() {
		for (SyntheticPerson person : world.people()) {
			Map<Agency, String> ids = world.agencyIds(person.truthId());
			assertThat(ids).containsKey(Agency.VITALS);
			ids.forEach((agency, id) -> assertThat(world.truthIdOf(agency, id)).contains(person.truthId()));
			assertThat(world.person(person.truthId())).isEqualTo(person);
		}
	}

	@Test
	void recordIdsFollowEachAgencysFormat() {
		Map<Agency, String> ids = world.agencyIds(world.anyKnownToAllAgencies().truthId());
		assertThat(ids.get(Agency.SUPPORT)).matches("M\\d{7}");
		assertThat(ids.get(Agency.WELFARE)).matches("[1-9]\\d{6}");
		assertThat(ids.get(Agency.VITALS)).matches("VR-\\d{8}");
		assertThat(ids.get(Agency.LOCATE)).matches("L-[0-9a-f]{8}");
	}

	@Test
	void unknownIdsAreRejectedOrNotFound() {
		assertThatIllegalArgumentException().isThrownBy(() -> world.person("P9999999"));
		assertThatIllegalArgumentException().isThrownBy(() -> world.person("bob"));
		assertThatIllegalArgumentException().isThrownBy(() -> world.family("F999999"));
		assertThat(world.truthIdOf(Agency.SUPPORT, "X123")).isEmpty();
		assertThat(world.truthIdOf(Agency.LOCATE, "L-ZZZZZZZZ")).isEmpty();
		assertThat(world.truthIdOf(Agency.WELFARE, "12")).isEmpty();
	}

	@Test
	void familyListsMotherThenMenThenChildrenThenKin() {
		for (int f = 0; f < world.familyCount(); f++) {
			String familyId = Ids.familyId(f);
			List<SyntheticPerson> family = world.family(familyId);
			assertThat(family.get(0).role()).isEqualTo(Role.MOTHER);
			assertThat(family).allSatisfy((member) -> assertThat(member.familyId()).isEqualTo(familyId));
			List<Role> roles = family.stream().map(SyntheticPerson::role).toList();
			assertThat(roles)
				.isSortedAccordingTo((a, b) -> Integer.compare(Math.min(a.ordinal(), Role.CHILD.ordinal() + 1),
						Math.min(b.ordinal(), Role.CHILD.ordinal() + 1)));
		}
	}

	@Test
	void findersPickPeopleWithTheStoryAsked() {
		SyntheticPerson everywhere = world.anyKnownToAllAgencies();
		assertThat(world.agencyIds(everywhere.truthId())).containsOnlyKeys(Agency.values());
		SyntheticPerson flagged = world.anyWithFamilyViolenceIndicator();
		assertThat(flagged.familyViolenceIndicator()).isTrue();
		assertThat(world.flaggedAt(flagged.truthId())).contains(Agency.SUPPORT);
		assertThat(world.hardCases().values()).noneMatch((ids) -> ids.contains(flagged.truthId()));
		assertThat(flagged.role()).isIn(Role.MOTHER, Role.FATHER);
		assertThat(world.family(flagged.familyId())).anyMatch((member) -> member.role() == Role.CHILD);
		assertThat(world.agencyIds(flagged.truthId())).containsKey(Agency.SUPPORT);
		SyntheticPerson inCare = world.anyChildInFosterCare();
		assertThat(inCare.role()).isEqualTo(Role.CHILD);
		assertThat(world.agencyIds(inCare.truthId())).containsKey(Agency.WELFARE);
		SyntheticPerson conflicted = world.anyWithPaternityConflict();
		Family family = world.familyOf(Ids.personOfTruthId(conflicted.truthId()));
		assertThat(family.births())
			.anyMatch((birth) -> birth.child().truth().equals(conflicted) && !birth.paternity().conflicts().isEmpty());
		SyntheticPerson mistyped = world.anyWithMistypedSsn();
		Family own = world.familyOf(Ids.personOfTruthId(mistyped.truthId()));
		assertThat(own.identities().get(Ids.personOfTruthId(mistyped.truthId()) - own.firstPerson()).values())
			.anyMatch((identity) -> identity.ssn() != null && Census.isSwap(identity.ssn(), mistyped.ssn()));
	}

	@Test
	void everyoneWasBornBeforeTheSimulationDate() {
		assertThat(world.people()).allSatisfy((person) -> {
			assertThat(person.dateOfBirth()).isBefore(SimulationDate.TODAY);
			if (person.role() == Role.CHILD) {
				assertThat(person.dateOfBirth()).isAfter(SimulationDate.TODAY.minusYears(18));
			}
		});
	}

	@Test
	void searchFindsARecordByEachKey() {
		SyntheticPerson person = world.anyKnownToAllAgencies();
		int index = Ids.personOfTruthId(person.truthId());
		for (Agency agency : Agency.values()) {
			Match match = world.find(agency, world.agencyIds(person.truthId()).get(agency)).orElseThrow();
			String last = match.identity().last();
			LocalDate born = match.identity().dateOfBirth();
			assertThat(world.search(agency, new Criteria(null, last.toLowerCase(), null, null, null)))
				.anyMatch((found) -> found.person().index() == index);
			assertThat(world.search(agency, new Criteria(null, null, null, born, null)))
				.anyMatch((found) -> found.person().index() == index);
			assertThat(world.search(agency,
					new Criteria(null, last, match.identity().first().substring(0, 2), born, null)))
				.anyMatch((found) -> found.person().index() == index);
			if (match.identity().ssn() != null) {
				assertThat(world.search(agency, new Criteria(match.identity().ssn(), null, null, null, null)))
					.extracting((found) -> found.person().index())
					.containsExactly(index);
			}
		}
	}

	@Test
	@Timeout(60)
	void generatesLargePopulationsWithoutKeepingThem() {
		World large = World.generate(SEED, 200_000);
		assertThat(large.size()).isEqualTo(200_000);
		assertThat(large.familyCount()).isGreaterThan(40_000);
		SyntheticPerson last = large.people().get(199_999);
		Match registrant = large.find(Agency.VITALS, large.agencyIds(last.truthId()).get(Agency.VITALS)).orElseThrow();
		assertThat(large.search(Agency.VITALS,
				new Criteria(null, registrant.identity().last(), null, registrant.identity().dateOfBirth(), null)))
			.anyMatch((found) -> found.person().truth().equals(last));
		assertThat(large.family(0)).isEqualTo(world.family(0));
	}

}
