package org.casebridge.gateway.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.model.Provenance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PossibleMatchTests {

	private static final LocalDate BORN = LocalDate.of(1990, 4, 17);

	private static final PossibleMatch.Profile MARIA = PossibleMatch.Profile.of(
			new PersonHandle(Map.of(Source.VITALS, "VR-1"), "912345678", "MARIA", "GARCIA", BORN, Instant.EPOCH),
			List.of(record("VR-1", "Maria", "Garcia", BORN, false, "912345678",
					new PersonName("Maria", null, "Lopez", PersonName.Kind.MAIDEN))));

	@Test
	void aRecordWithoutSsnUnderTheMaidenNameAndTheSameBirthDateCouldBeHer() {
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "MARIA", "LOPEZ", BORN, false, null))).isTrue();
	}

	@Test
	void aMistypedOrSwappedSsnCouldBeHerWhateverTheName() {
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "M", "X", null, false, "912345687"))).isTrue();
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "M", "X", null, false, "912345679"))).isTrue();
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "M", "X", null, false, "921345687"))).isFalse();
	}

	@Test
	void aNicknameATypoOrAnInitialWithANearBirthDateCouldBeHer() {
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "MARIE", "GRACIA", BORN.plusDays(1), false, null)))
			.isTrue();
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "M", "GARCIA", LocalDate.of(1980, 4, 17), false, null)))
			.isTrue();
		PossibleMatch.Profile swapped = PossibleMatch.Profile.of(null,
				List.of(record("1", "Ana", "Ruiz", LocalDate.of(2001, 3, 7), false, null)));
		assertThat(PossibleMatch.couldBe(swapped, record("2", "ANA", "RUIZ", LocalDate.of(2001, 7, 3), false, null)))
			.isTrue();
		PossibleMatch.Profile william = PossibleMatch.Profile.of(null,
				List.of(record("1", "William", "Ortiz", BORN, false, null)));
		assertThat(PossibleMatch.couldBe(william, record("2", "BILL", "ORTIZ", BORN.withDayOfMonth(3), false, null)))
			.isTrue();
	}

	@Test
	void anEstimatedBirthDateInTheSameYearOrWithinTheWindowCouldBeHer() {
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "MARIA", "GARCIA", LocalDate.of(1990, 1, 1), true, null)))
			.isTrue();
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "MARIA", "GARCIA", BORN.plusDays(40), true, null)))
			.isTrue();
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "MARIA", "GARCIA", BORN.plusDays(40), false, null)))
			.isFalse();
	}

	@Test
	void aNamesakeBornInAnotherYearOrSomeoneElseBornTheSameDayIsNot() {
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "MARIA", "GARCIA", BORN.minusYears(3), false, null)))
			.isFalse();
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "MARIA", "GARCIA", BORN.minusDays(400), false, null)))
			.isFalse();
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "JOHN", "SMITH", BORN, false, "900000001"))).isFalse();
	}

	@Test
	void theSameBirthDateWithOneNameInCommonCouldBeHer() {
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "MARIA", "SANDOVAL", BORN, false, null))).isTrue();
		assertThat(PossibleMatch.couldBe(MARIA, record("1", "ROSA", "GARCIA", BORN, false, null))).isTrue();
	}

	@Test
	void theSearchesCoverEveryKeyAndAreBounded() {
		List<PersonSearch> searches = PossibleMatch.searches(MARIA, 8);

		assertThat(searches).contains(new PersonSearch(null, null, null, "912345678", null),
				new PersonSearch(null, null, BORN, null, null), new PersonSearch("M", "GARCIA", null, null, null),
				new PersonSearch("M", "LOPEZ", null, null, null));
		assertThat(PossibleMatch.searches(MARIA, 3)).isNull();
	}

	@Test
	void ssnsAreNearWhenOneDigitDiffersOrTwoAreSwapped() {
		assertThat(PossibleMatch.nearSsn("912345678", "912345678")).isTrue();
		assertThat(PossibleMatch.nearSsn("912345678", "912345670")).isTrue();
		assertThat(PossibleMatch.nearSsn("912345678", "918345672")).isTrue();
		assertThat(PossibleMatch.nearSsn("912345678", "912345600")).isFalse();
	}

	private static PersonRecord record(String id, String first, String last, LocalDate born, boolean estimated,
			String ssn, PersonName... more) {
		List<PersonName> names = new java.util.ArrayList<>();
		names.add(new PersonName(first, null, last, PersonName.Kind.LEGAL));
		names.addAll(List.of(more));
		return new PersonRecord(new Provenance(Source.WELFARE, id, null, Instant.EPOCH), id, names, born, estimated,
				ssn, null, null, false, List.of());
	}

}
