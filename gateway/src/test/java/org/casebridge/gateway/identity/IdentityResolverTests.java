package org.casebridge.gateway.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityResolverTests {

	private static final LocalDate DOB = LocalDate.of(1988, 4, 17);

	private final IdentityResolver resolver = new IdentityResolver();

	@Test
	void sameSsnAndDateOfBirthAreOnePerson() {
		List<Candidate> candidates = resolve(record(Source.SUPPORT, "M1", "Ana", "Rivera", DOB, "900123456"),
				record(Source.LOCATE, "L1", "ANNA", "RIVERA", DOB, "900123456"));

		assertThat(candidates).hasSize(1);
		LinkedRecord linked = candidates.get(0).records().get(1);
		assertThat(linked.linkedOn()).containsExactlyInAnyOrder(MatchKey.SSN, MatchKey.DATE_OF_BIRTH);
		assertThat(linked.linkConfidence()).isGreaterThan(0.99);
		assertThat(linked.evidence()).extracting(PairMatch.Evidence::feature)
			.contains(MatchFeature.SSN_SAME, MatchFeature.NAME_SIMILAR);
		assertThat(candidates.get(0).sameProbability()).isEqualTo(linked.linkConfidence());
	}

	@Test
	void sameNameDateOfBirthAndSexWithoutAnSsnLinkWithTheProbabilityMeasuredForThem() {
		// a child in care and her birth record: neither agency holds an SSN
		List<Candidate> candidates = resolve(record(Source.WELFARE, "1", "ANA", "RIVERA", DOB, null),
				record(Source.VITALS, "V1", "Ana", "Rivera", DOB, null));

		assertThat(candidates).singleElement().satisfies((candidate) -> {
			assertThat(candidate.records()).hasSize(2);
			assertThat(candidate.sameProbability()).isGreaterThanOrEqualTo(0.99).isLessThan(1.0);
			LinkedRecord linked = candidate.records().get(1);
			assertThat(linked.evidence()).extracting(PairMatch.Evidence::feature)
				.contains(MatchFeature.NAME_SAME, MatchFeature.BIRTH_SAME, MatchFeature.SSN_MISSING);
		});
	}

	@Test
	void sameNameWithADifferentDateOfBirthAndNoSsnIsNotLinked() {
		List<Candidate> candidates = resolve(record(Source.WELFARE, "1", "ANA", "RIVERA", DOB, null),
				record(Source.VITALS, "V1", "Ana", "Rivera", DOB.minusYears(24), null));

		assertThat(candidates).hasSize(2);
	}

	@Test
	void sameNameAndDateOfBirthWithSsnsTwoSwappedDigitsApartSayPossibleDuplicate() {
		List<Candidate> candidates = resolve(record(Source.SUPPORT, "M1", "Ana", "Rivera", DOB, "900123456"),
				record(Source.WELFARE, "1", "ANA", "RIVERA", DOB, "900123465"));

		assertThat(candidates).hasSize(2);
		Candidate.PossibleDuplicate duplicate = candidates.get(0).possibleDuplicates().get(0);
		assertThat(duplicate.evidence()).extracting(PairMatch.Evidence::feature)
			.contains(MatchFeature.SSN_SWAPPED_DIGITS, MatchFeature.NAME_SAME, MatchFeature.BIRTH_SAME);
		assertThat(MatchFeature.SSN_SWAPPED_DIGITS.words()).isEqualTo("SSNs differ by two swapped digits");
	}

	@Test
	void twinsAndAFatherAndSonOfOneNameAreNeverMerged() {
		List<Candidate> twins = resolve(record(Source.SUPPORT, "M1", "Grace", "Rivera", DOB, "900123456"),
				record(Source.WELFARE, "1", "HOPE", "RIVERA", DOB, null),
				record(Source.VITALS, "V1", "HOPE", "RIVERA", DOB, "900123457"));
		List<Candidate> juniorAndSenior = resolve(record(Source.SUPPORT, "M1", "Jose", "Rivera", DOB, null),
				record(Source.WELFARE, "1", "JOSE", "RIVERA", DOB.minusYears(26).plusDays(40), null));

		assertThat(twins).noneSatisfy((candidate) -> assertThat(
				candidate.records().stream().map((r) -> r.record().names().get(0).first().toUpperCase()).distinct())
			.hasSizeGreaterThan(1));
		assertThat(juniorAndSenior).hasSize(2);
	}

	@Test
	void aSharedSsnAloneIsNotEnough() {
		List<Candidate> candidates = resolve(record(Source.SUPPORT, "M1", "Ana", "Rivera", DOB, "900123456"),
				record(Source.LOCATE, "L1", "Jose", "Ortiz", LocalDate.of(1970, 1, 2), "900123456"));

		assertThat(candidates).hasSize(2);
	}

	@Test
	void differentSsnsAreNeverMergedEvenWithTheSameNameAndDateOfBirth() {
		List<Candidate> candidates = resolve(record(Source.SUPPORT, "M1", "Ana", "Rivera", DOB, "900123456"),
				record(Source.LOCATE, "L1", "Ana", "Rivera", DOB, "900123465"));

		assertThat(candidates).hasSize(2);
	}

	@Test
	void aChainOfLinksNeverJoinsTwoSsns() {
		List<Candidate> candidates = resolve(record(Source.SUPPORT, "M1", "Ana", "Rivera", DOB, "900123456"),
				record(Source.WELFARE, "1", "Ana", "Rivera", DOB, null),
				record(Source.LOCATE, "L1", "Ana", "Rivera", DOB, "900999999"));

		assertThat(candidates).allSatisfy((candidate) -> assertThat(
				candidate.records().stream().map((r) -> r.record().ssn()).filter((s) -> s != null).distinct())
			.hasSizeLessThanOrEqualTo(1));
	}

	@Test
	void maidenNamesCountAsNames() {
		PersonRecord married = new PersonRecord(provenance(Source.SUPPORT, "M1"), "M1",
				List.of(new PersonName("Ana", null, "Rivera", PersonName.Kind.LEGAL),
						new PersonName("Ana", null, "Soto", PersonName.Kind.MAIDEN)),
				DOB, false, "900123456", Sex.FEMALE, null, false, List.of());

		List<Candidate> candidates = resolve(married, record(Source.VITALS, "VR-1", "Ana", "Soto", DOB, "900123456"));

		assertThat(candidates).hasSize(1);
		assertThat(candidates.get(0).records().get(1).linkedOn()).contains(MatchKey.NAME);
	}

	@Test
	void candidatesAreRankedByHowWellTheyMatchTheCriteria() {
		PersonSearch criteria = new PersonSearch("Ana", "Rivera", DOB, null, null);
		List<Candidate> candidates = this.resolver
			.resolve(List.of(record(Source.SUPPORT, "M2", "Ana", "Rivera", LocalDate.of(1990, 1, 1), null),
					record(Source.SUPPORT, "M1", "Ana", "Rivera", DOB, null)), criteria);

		assertThat(candidates.get(0).records().get(0).record().agencyPersonId()).isEqualTo("M1");
		assertThat(candidates.get(0).confidence()).isEqualTo(1.0);
		assertThat(candidates.get(0).matchedOn()).containsExactlyInAnyOrder(MatchKey.NAME, MatchKey.DATE_OF_BIRTH);
		assertThat(candidates.get(1).confidence()).isLessThan(1.0);
	}

	private List<Candidate> resolve(PersonRecord... records) {
		return this.resolver.resolve(List.of(records), new PersonSearch(null, "Rivera", null, null, null));
	}

	static PersonRecord record(Source source, String id, String first, String last, LocalDate dob, String ssn) {
		return new PersonRecord(provenance(source, id), id,
				List.of(new PersonName(first, null, last, PersonName.Kind.LEGAL)), dob, false, ssn, Sex.FEMALE, null,
				false, List.of());
	}

	private static Provenance provenance(Source source, String id) {
		return new Provenance(source, id, null, Instant.now());
	}

}
