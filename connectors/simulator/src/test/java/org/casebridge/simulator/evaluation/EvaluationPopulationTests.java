package org.casebridge.simulator.evaluation;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casebridge.simulator.Population;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationPopulationTests {

	@Test
	void theSameSeedGivesTheSamePopulationAndAnotherSeedAnother() {
		EvaluationPopulation first = EvaluationPopulation.generate(11, 600, Dirt.realistic());
		EvaluationPopulation again = EvaluationPopulation.generate(11, 600, Dirt.realistic());
		EvaluationPopulation other = EvaluationPopulation.generate(12, 600, Dirt.realistic());

		assertThat(again.records()).isEqualTo(first.records());
		assertThat(other.records()).isNotEqualTo(first.records());
	}

	@Test
	void withoutDirtEveryRecordIsTheServedRecordAndLookAlikesComeOnTop() {
		Population served = Population.generate(11, 600);
		EvaluationPopulation population = EvaluationPopulation.generate(11, 600, Dirt.none());
		long servedRecords = 0;
		for (SyntheticPerson person : served.people()) {
			servedRecords += served.recordedIdentities(person.truthId()).size();
			served.recordedIdentities(person.truthId())
				.forEach((identity) -> assertThat(population.records())
					.contains(EvaluationPopulation.clean(identity, person.sex())));
		}
		assertThat(population.records().size()).isGreaterThan((int) servedRecords);
		assertThat(population.records().stream().map(AgencyRecord::key).distinct())
			.hasSize(population.records().size());
	}

	@Test
	void everyKindOfHardNegativeIsGeneratedAndIsTwoPeopleOrAnOldAndANewNumber() {
		EvaluationPopulation population = EvaluationPopulation.generate(13, 1000, Dirt.realistic());
		Set<HardNegative.Kind> kinds = EnumSet.noneOf(HardNegative.Kind.class);
		GroundTruth truth = population.truth();
		for (HardNegative negative : truth.hardNegatives()) {
			kinds.add(negative.kind());
			boolean samePerson = truth.samePerson(negative.first(), negative.second());
			assertThat(samePerson).as(negative.kind().name())
				.isEqualTo(negative.kind() == HardNegative.Kind.VICTIM_OLD_AND_NEW_SSN);
		}
		assertThat(kinds).containsExactlyInAnyOrder(HardNegative.Kind.values());
	}

	@Test
	void dirtChangesAboutTheStatedShareOfRecords() {
		List<AgencyRecord> clean = EvaluationPopulation.generate(14, 3000, Dirt.none()).records();
		List<AgencyRecord> dirty = EvaluationPopulation.generate(14, 3000, new Dirt(0.1, 0, 0, 0, 0, 0, 0)).records();
		Set<String> changed = new HashSet<>();
		for (int i = 0; i < clean.size(); i++) {
			if (clean.get(i).ssn() != null && !clean.get(i).ssn().equals(dirty.get(i).ssn())) {
				changed.add(clean.get(i).key());
			}
		}
		long withSsn = clean.stream().filter((record) -> record.ssn() != null).count();
		assertThat((double) changed.size() / withSsn).isBetween(0.07, 0.13);
	}

}
