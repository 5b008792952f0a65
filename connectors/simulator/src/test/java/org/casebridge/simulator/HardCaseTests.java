package org.casebridge.simulator;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.casebridge.simulator.internal.population.Names;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of hard case for a flagged person occurs on purpose in small populations of
 * any seed, and each really has the data its kind describes.
 */
class HardCaseTests {

	private static final long DEFAULT_SEED = SimulatorSettings.defaults().seed();

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 7, 20261101 })
	void everyKindOccursAmongAThousandPeopleAndHasItsData(long seed) {
		Population population = Population.generate(seed, 1000);
		assertEveryKindOccursWithItsData(population);
	}

	@Test
	void everyKindOccursInTheDefaultPopulationAndHasItsData() {
		Population population = Population.generate(DEFAULT_SEED, SimulatorSettings.defaults().people());
		assertEveryKindOccursWithItsData(population);
		assertThat(population.hardCases().values().stream().mapToInt(List::size).sum())
			.isBetween(population.familyCount() / 32 - 1, population.familyCount() / 32 + 1);
	}

	@Test
	void hardCasesAreFlaggedCustodialMothersWithChildrenInCare() {
		Population population = Population.generate(DEFAULT_SEED, 1000);
		List<SyntheticPerson> flagged = population.flaggedPeople();
		population.hardCases().values().stream().flatMap(List::stream).forEach((truthId) -> {
			SyntheticPerson mother = population.person(truthId);
			assertThat(mother.role()).isEqualTo(SyntheticPerson.Role.MOTHER);
			assertThat(mother.familyViolenceIndicator()).isTrue();
			assertThat(flagged).contains(mother);
			assertThat(population.childrenInCareOf(truthId)).isNotEmpty()
				.allSatisfy((child) -> assertThat(child.familyId()).isEqualTo(mother.familyId()));
			assertThat(population.agencyIds(truthId)).containsKeys(Agency.WELFARE, Agency.VITALS, Agency.LOCATE);
			assertThat(population.locationValues(truthId)).isNotEmpty();
		});
	}

	@Test
	void flaggedPeopleAreExactlyThoseSomeAgencyFlags() {
		Population population = Population.generate(DEFAULT_SEED, 1000);
		List<SyntheticPerson> flagged = population.flaggedPeople();
		assertThat(flagged).isNotEmpty();
		for (SyntheticPerson person : population.people()) {
			Set<Agency> at = population.flaggedAt(person.truthId());
			assertThat(at).isSubsetOf(Agency.SUPPORT, Agency.WELFARE);
			assertThat(flagged.contains(person)).as(person.truthId()).isEqualTo(!at.isEmpty());
			if (!at.isEmpty()) {
				assertThat(person.familyViolenceIndicator()).isTrue();
			}
		}
	}

	@Test
	void whereBothAgenciesKnowAPersonAtRiskBothUsuallyFlagHer() {
		Population population = Population.generate(DEFAULT_SEED, 50_000);
		Set<String> hard = new HashSet<>();
		population.hardCases().values().forEach(hard::addAll);
		Map<Set<Agency>, Integer> flags = new HashMap<>();
		for (SyntheticPerson person : population.people()) {
			if (person.familyViolenceIndicator() && !hard.contains(person.truthId())
					&& population.agencyIds(person.truthId())
						.keySet()
						.containsAll(Set.of(Agency.SUPPORT, Agency.WELFARE))) {
				flags.merge(population.flaggedAt(person.truthId()), 1, Integer::sum);
			}
		}
		int both = flags.getOrDefault(EnumSet.of(Agency.SUPPORT, Agency.WELFARE), 0);
		int supportOnly = flags.getOrDefault(EnumSet.of(Agency.SUPPORT), 0);
		int welfareOnly = flags.getOrDefault(EnumSet.of(Agency.WELFARE), 0);
		assertThat(flags).as(flags.toString())
			.containsOnlyKeys(EnumSet.of(Agency.SUPPORT, Agency.WELFARE), EnumSet.of(Agency.SUPPORT),
					EnumSet.of(Agency.WELFARE));
		assertThat(both).isGreaterThan(2 * (supportOnly + welfareOnly));
		assertThat(supportOnly).isPositive();
		assertThat(welfareOnly).isPositive();
	}

	@Test
	void sameSeedGivesTheSameHardCasesAndFlags() {
		Population once = Population.generate(7, 1000);
		Population again = Population.generate(7, 1000);
		assertThat(again.hardCases()).isEqualTo(once.hardCases());
		assertThat(again.flaggedPeople()).isEqualTo(once.flaggedPeople());
		for (SyntheticPerson person : once.flaggedPeople()) {
			assertThat(again.recordedIdentities(person.truthId())).isEqualTo(once.recordedIdentities(person.truthId()));
			assertThat(again.locationValues(person.truthId())).isEqualTo(once.locationValues(person.truthId()));
		}
	}

	private static void assertEveryKindOccursWithItsData(Population population) {
		Map<HardCase, List<String>> hardCases = population.hardCases();
		assertThat(hardCases).containsOnlyKeys(HardCase.values());
		for (HardCase kind : HardCase.values()) {
			assertThat(hardCases.get(kind)).as(kind.name()).isNotEmpty();
			for (String truthId : hardCases.get(kind)) {
				checks(kind).accept(population, truthId);
			}
		}
	}

	private static BiConsumer<Population, String> checks(HardCase kind) {
		return switch (kind) {
			case FLAGGED_ONLY_AT_WELFARE_WITHOUT_SSN -> (population, truthId) -> {
				assertThat(population.flaggedAt(truthId)).containsExactly(Agency.WELFARE);
				assertThat(record(population, truthId, Agency.WELFARE).ssn()).isNull();
			};
			case MAIDEN_NAME_AT_WELFARE -> (population, truthId) -> {
				SyntheticPerson mother = population.person(truthId);
				RecordedIdentity welfare = record(population, truthId, Agency.WELFARE);
				assertThat(mother.maidenName()).isNotNull().isNotEqualTo(mother.last());
				assertThat(welfare.last()).isEqualTo(mother.maidenName().toUpperCase(Locale.ROOT));
				assertThat(welfare.aliases()).isEmpty();
				assertThat(welfare.ssn()).isNull();
				assertThat(population.flaggedAt(truthId)).containsExactly(Agency.WELFARE);
			};
			case MISSING_AND_MISTYPED_SSN -> (population, truthId) -> {
				String ssn = population.person(truthId).ssn();
				assertThat(record(population, truthId, Agency.SUPPORT).ssn()).isNull();
				String mistyped = record(population, truthId, Agency.WELFARE).ssn();
				assertThat(mistyped).isNotEqualTo(ssn);
				assertThat(Census.isSwap(mistyped, ssn)).isTrue();
				assertThat(record(population, truthId, Agency.LOCATE).ssn()).isEqualTo(ssn);
				assertThat(record(population, truthId, Agency.VITALS).ssn()).isEqualTo(ssn);
				assertThat(population.flaggedAt(truthId)).isNotEmpty().isSubsetOf(Agency.SUPPORT, Agency.WELFARE);
			};
			case SSN_CHANGED -> (population, truthId) -> {
				String current = population.person(truthId).ssn();
				Set<String> ssns = population.ssnsOf(truthId);
				assertThat(ssns).hasSize(2).contains(current).allSatisfy((ssn) -> assertThat(ssn).matches("9\\d{8}"));
				String former = ssns.stream().filter((ssn) -> !ssn.equals(current)).findFirst().orElseThrow();
				assertThat(record(population, truthId, Agency.SUPPORT).ssn()).isEqualTo(former);
				assertThat(record(population, truthId, Agency.WELFARE).ssn()).isEqualTo(former);
				assertThat(record(population, truthId, Agency.LOCATE).ssn()).isEqualTo(current);
				assertThat(record(population, truthId, Agency.VITALS).ssn()).isEqualTo(current);
				assertThat(population.people()).noneMatch((other) -> other.ssn().equals(former));
				assertThat(population.flaggedAt(truthId)).containsExactly(Agency.SUPPORT, Agency.WELFARE);
			};
			case NICKNAME_AT_WELFARE -> (population, truthId) -> {
				SyntheticPerson mother = population.person(truthId);
				RecordedIdentity welfare = record(population, truthId, Agency.WELFARE);
				assertThat(Names.isNicknameOf(welfare.first(), mother.first())).isTrue();
				assertThat(welfare.aliases()).isEmpty();
				assertThat(welfare.ssn()).isNull();
				assertThat(population.flaggedAt(truthId)).containsExactly(Agency.WELFARE);
			};
			case CHILDREN_WITH_ESTIMATED_BIRTH_DATES -> (population, truthId) -> {
				assertThat(population.flaggedAt(truthId)).contains(Agency.WELFARE);
				assertThat(population.childrenInCareOf(truthId)).isNotEmpty()
					.allSatisfy((child) -> assertThat(record(population, child.truthId(), Agency.WELFARE))
						.satisfies((welfare) -> assertThat(welfare.dateOfBirthEstimated()).isTrue()));
			};
		};
	}

	private static RecordedIdentity record(Population population, String truthId, Agency agency) {
		return population.recordedIdentities(truthId)
			.stream()
			.filter((identity) -> identity.agency() == agency)
			.findFirst()
			.orElseThrow(() -> new AssertionError(agency + " has no record of " + truthId));
	}

}
