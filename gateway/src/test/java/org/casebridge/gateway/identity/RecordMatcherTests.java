package org.casebridge.gateway.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.Sex;
import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.evaluation.AgencyRecord;
import org.casebridge.simulator.evaluation.Dirt;
import org.casebridge.simulator.evaluation.EvaluationPopulation;
import org.casebridge.simulator.evaluation.HardNegative;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordMatcherTests {

	private static final RecordMatcher MATCHER = RecordMatcher.standard();

	private static final LocalDate BORN = LocalDate.of(1986, 3, 9);

	private static EvaluationPopulation population;

	private static Map<String, ComparableRecord> byKey;

	@BeforeAll
	static void generate() {
		population = EvaluationPopulation.generate(5, 1500, Dirt.realistic());
		byKey = new HashMap<>();
		population.records().forEach((record) -> byKey.put(record.key(), ComparableRecord.of(person(record))));
	}

	@Test
	void everyLinkAndPossibleMatchIsARecordTheProtectiveRuleAccepts() {
		int judged = 0;
		for (Pair pair : blockedPairs()) {
			PairMatch match = MATCHER.compare(pair.a(), pair.b());
			if (match.outcome() != MatchOutcome.NON_MATCH) {
				judged++;
				boolean either = PossibleMatch.couldBe(PossibleMatch.Profile.of(null, List.of(pair.a().record())),
						pair.b().record())
						|| PossibleMatch.couldBe(PossibleMatch.Profile.of(null, List.of(pair.b().record())),
								pair.a().record());
				assertThat(either).as("a possible match the protections would not see").isTrue();
			}
		}
		assertThat(judged).isGreaterThan(1000);
	}

	@Test
	void hardNegativesAreNeverLinked() {
		assertThat(population.truth().hardNegatives()).extracting(HardNegative::kind)
			.contains(HardNegative.Kind.values());
		for (HardNegative negative : population.truth().hardNegatives()) {
			PairMatch match = MATCHER.compare(byKey.get(negative.first()), byKey.get(negative.second()));
			assertThat(match.outcome()).as(negative.kind().name()).isNotEqualTo(MatchOutcome.LINK);
		}
	}

	@Test
	void linksAreOnePersonAndOnePersonsRecordsAreFoundOnAPopulation() {
		long links = 0;
		long wrongLinks = 0;
		long sameFound = 0;
		long same = 0;
		for (Pair pair : blockedPairs()) {
			boolean samePerson = population.truth().samePerson(pair.keyA(), pair.keyB());
			MatchOutcome outcome = MATCHER.compare(pair.a(), pair.b()).outcome();
			links += (outcome == MatchOutcome.LINK) ? 1 : 0;
			wrongLinks += (outcome == MatchOutcome.LINK && !samePerson) ? 1 : 0;
			same += samePerson ? 1 : 0;
			sameFound += (samePerson && outcome != MatchOutcome.NON_MATCH) ? 1 : 0;
		}
		assertThat((double) wrongLinks / links).isLessThan(0.005);
		assertThat((double) sameFound / same).isGreaterThan(0.98);
	}

	@Test
	void typosKeepTwoRecordsInACommonBlock() {
		ComparableRecord clean = ComparableRecord.of(record("MARIA", "GARCIA", BORN, "900123456"));
		List<ComparableRecord> dirty = List.of(ComparableRecord.of(record("MARIA", "GARCIA", BORN, "900123465")),
				ComparableRecord.of(record("MARIA", "GARCIA", BORN, "900723456")),
				ComparableRecord.of(record("MARIA", "GRACIA", LocalDate.of(1986, 9, 3), null)),
				ComparableRecord.of(record("MARIA", "GARCIA-LOPEZ", LocalDate.of(1968, 3, 9), null)));
		for (ComparableRecord record : dirty) {
			assertThat(record.blockingKeys()).containsAnyElementsOf(clean.blockingKeys());
		}
	}

	@Test
	void aNicknameWithTheSameBirthDateAndSsnIsALinkWithItsEvidence() {
		PairMatch match = MATCHER.compare(ComparableRecord.of(record("ROBERT", "ORTIZ", BORN, "900123456")),
				ComparableRecord.of(record("BOB", "ORTIZ", BORN, "900123456")));

		assertThat(match.outcome()).isEqualTo(MatchOutcome.LINK);
		assertThat(match.probability()).isGreaterThan(0.99);
		assertThat(match.evidenceFor()).extracting(PairMatch.Evidence::feature)
			.contains(MatchFeature.SSN_SAME, MatchFeature.NAME_NICKNAME, MatchFeature.BIRTH_SAME);
		assertThat(match.evidenceAgainst()).extracting(PairMatch.Evidence::feature)
			.containsOnly(MatchFeature.MIDDLE_MISSING);
	}

	@Test
	void theParametersAreOrderedAndEveryProbabilityIsBetweenZeroAndOne() {
		MatchWeights weights = MatchWeights.standard();
		assertThat(weights.possibleThreshold()).isLessThan(weights.linkThreshold());
		double previous = 0;
		for (int score = -60; score <= 60; score++) {
			double probability = weights.probability(score);
			assertThat(probability).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
			previous = probability;
		}
		assertThat(weights.weight(MatchFeature.SSN_SAME)).isPositive();
		assertThat(weights.weight(MatchFeature.SSN_DIFFERENT)).isNegative();
	}

	private static List<Pair> blockedPairs() {
		Map<String, List<String>> blocks = new HashMap<>();
		byKey.forEach((key, record) -> record.blockingKeys()
			.forEach((block) -> blocks.computeIfAbsent(block, (b) -> new ArrayList<>()).add(key)));
		Map<String, Pair> pairs = new HashMap<>();
		for (List<String> block : blocks.values()) {
			for (int x = 0; x < block.size(); x++) {
				for (int y = x + 1; y < block.size(); y++) {
					String a = block.get(x);
					String b = block.get(y);
					String id = (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
					pairs.putIfAbsent(id, new Pair(a, b, byKey.get(a), byKey.get(b)));
				}
			}
		}
		return List.copyOf(pairs.values());
	}

	private static PersonRecord person(AgencyRecord record) {
		List<PersonName> names = new ArrayList<>();
		names.add(new PersonName(record.first(), record.middle(), record.last(), PersonName.Kind.LEGAL));
		for (RecordedIdentity.Alias alias : record.aliases()) {
			names.add(new PersonName(alias.first(), null, alias.last(),
					(alias.kind() == RecordedIdentity.Alias.Kind.MAIDEN) ? PersonName.Kind.MAIDEN
							: PersonName.Kind.ALIAS));
		}
		return new PersonRecord(
				new Provenance(Source.valueOf(record.agency().name()), record.key(), null, Instant.EPOCH), record.key(),
				names, record.dateOfBirth(), record.dateOfBirthEstimated(), record.ssn(),
				Sex.valueOf(record.sex().name()), null, false, List.of());
	}

	private static PersonRecord record(String first, String last, LocalDate born, String ssn) {
		return new PersonRecord(new Provenance(Source.SUPPORT, "R", null, Instant.EPOCH), "R",
				List.of(new PersonName(first, null, last, PersonName.Kind.LEGAL)), born, false, ssn, Sex.FEMALE, null,
				false, List.of());
	}

	private record Pair(String keyA, String keyB, ComparableRecord a, ComparableRecord b) {
	}

}
