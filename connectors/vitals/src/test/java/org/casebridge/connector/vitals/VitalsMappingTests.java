package org.casebridge.connector.vitals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.casebridge.connector.Source;
import org.casebridge.connector.http.Outcomes;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.PaternityRecord.AllegedFather;
import org.casebridge.connector.model.PaternityRecord.GeneticTest;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.Sex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The registry's payloads, field by field, in canonical terms. */
class VitalsMappingTests {

	private static final WireMockServer vitals = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final Instant NOW = Fixtures.NOW;

	private VitalsConnector connector;

	@BeforeAll
	static void start() {
		vitals.start();
	}

	@AfterAll
	static void stop() {
		vitals.stop();
	}

	@BeforeEach
	void reset() {
		vitals.resetAll();
		this.connector = Fixtures.connector(vitals, Duration.ofSeconds(2));
	}

	@Test
	void searchResultsMapEveryField() {
		vitals.stubFor(Fixtures.search().willReturn(Fixtures.soapFixture("search-registrants.xml")));

		List<PersonRecord> people = Outcomes
			.valueOf(this.connector.searchPeople(new PersonSearch(null, "Rivera", null, null, null)));

		assertThat(people).containsExactly(
				new PersonRecord(provenance("VR-00012345", "2026-09-12T16:00:00Z"), "VR-00012345",
						List.of(new PersonName("Ana", "L", "Rivera", PersonName.Kind.LEGAL),
								new PersonName("Ana", "L", "Soto", PersonName.Kind.MAIDEN)),
						LocalDate.of(1988, 4, 17), false, "900123456", Sex.FEMALE, null, false,
						List.of("B-2018-0012345")),
				new PersonRecord(provenance("VR-00012346", "2025-03-05T09:15:30Z"), "VR-00012346",
						List.of(new PersonName("Jose", null, "Rivera", PersonName.Kind.LEGAL)),
						LocalDate.of(1985, 1, 1), false, "900654321", Sex.MALE, LocalDate.of(2025, 3, 2), false,
						List.of("B-1985-0000101")),
				new PersonRecord(new Provenance(Source.VITALS, "VR-00012350", null, NOW), "VR-00012350",
						List.of(new PersonName("Mia", null, "Rivera", PersonName.Kind.LEGAL)), LocalDate.of(2018, 5, 6),
						false, null, Sex.UNKNOWN, null, false, List.of()));
	}

	@Test
	void anEmptyResponseMeansTheRegistryHoldsNoMatch() {
		vitals.stubFor(Fixtures.search().willReturn(Fixtures.soapFixture("search-empty.xml")));

		assertThat(Outcomes.valueOf(this.connector.searchPeople(new PersonSearch(null, "Nobody", null, null, null))))
			.isEmpty();
	}

	@Test
	void detailsMapTheRegistrantAndEveryBirth() {
		vitals.stubFor(Fixtures.getRegistrant().willReturn(Fixtures.soapFixture("registrant-VR-00012345.xml")));

		PersonDetails details = Outcomes.valueOf(this.connector.personDetails("VR-00012345"));

		assertThat(details.person().agencyPersonId()).isEqualTo("VR-00012345");
		assertThat(details.person().names()).containsExactly(
				new PersonName("Ana", "L", "Rivera", PersonName.Kind.LEGAL),
				new PersonName("Ana", "L", "Soto", PersonName.Kind.MAIDEN));
		assertThat(details.data()).isInstanceOf(AgencyData.VitalsData.class);
		List<PaternityRecord> births = ((AgencyData.VitalsData) details.data()).paternity();
		assertThat(births).containsExactly(vapBirth(), geneticTestBirth(), birthWithoutPaternity());
	}

	@Test
	void everyPaternityMethodMaps() {
		vitals.stubFor(Fixtures.getRegistrant().willReturn(Fixtures.soapFixture("registrant-every-method.xml")));

		PersonDetails details = Outcomes.valueOf(this.connector.personDetails("VR-00020000"));

		List<PaternityRecord> births = ((AgencyData.VitalsData) details.data()).paternity();
		assertThat(births).extracting(PaternityRecord::method)
			.containsExactly("VAP", "GENETIC_TEST", "COURT_ORDER", "ADMINISTRATIVE_ORDER", "MARITAL_PRESUMPTION",
					"DEFAULT", "NONE", "UNKNOWN:XYZ");
		assertThat(births).allSatisfy((birth) -> {
			assertThat(birth.motherName()).isNull();
			assertThat(birth.motherAgencyPersonId()).isNull();
			assertThat(birth.legalFatherAgencyPersonId()).isEqualTo("VR-00020000");
			assertThat(birth.establishedOn()).isNull();
			assertThat(birth.allegedFathers()).isEmpty();
		});
		assertThat(births.get(0).provenance())
			.isEqualTo(new Provenance(Source.VITALS, "B-2019-0000001", Instant.parse("2019-02-01T00:00:00Z"), NOW));
	}

	private static PaternityRecord vapBirth() {
		return new PaternityRecord(provenance("B-2018-0012345", "2026-09-12T16:00:00Z"), "B-2018-0012345",
				"VR-00012350", "Mia Rivera", LocalDate.of(2018, 5, 6), "Ana Rivera", "VR-00012345", "Jose Rivera",
				"VR-00012346", "VAP", LocalDate.of(2018, 5, 7), LocalDate.of(2018, 5, 7), LocalDate.of(2018, 7, 6),
				null, List.of(new AllegedFather("VR-00012399", "Sam Ortiz", "NAMED_BY_MOTHER")),
				List.of(new GeneticTest("GT-4410", "VR-00012399", LocalDate.of(2018, 9, 1), "EXCLUSION", null)),
				List.of("MARITAL_PRESUMPTION_VS_VAP"));
	}

	private static PaternityRecord geneticTestBirth() {
		return new PaternityRecord(provenance("B-2021-0044120", "2021-06-10T12:30:00Z"), "B-2021-0044120",
				"VR-00012351", "Leo Rivera", LocalDate.of(2021, 2, 19), "Ana Rivera", "VR-00012345", "Sam Ortiz",
				"VR-00012399", "GENETIC_TEST", LocalDate.of(2021, 6, 10), null, null, null,
				List.of(new AllegedFather("VR-00012399", "Sam Ortiz", "NAMED_BY_MOTHER"),
						new AllegedFather(null, "Unknown", "SELF_IDENTIFIED")),
				List.of(new GeneticTest("GT-5120", "VR-00012399", LocalDate.of(2021, 5, 25), "INCLUSION", 99.97),
						new GeneticTest("GT-5121", null, LocalDate.of(2021, 6, 1), "PENDING", null)),
				List.of());
	}

	private static PaternityRecord birthWithoutPaternity() {
		return new PaternityRecord(provenance("B-2024-0090001", "2024-03-01T08:00:00Z"), "B-2024-0090001",
				"VR-00012352", "Eva Rivera", LocalDate.of(2024, 2, 29), "Ana Rivera", "VR-00012345", null, null, null,
				null, null, null, null, List.of(), List.of(), List.of());
	}

	private static Provenance provenance(String recordId, String asOf) {
		return new Provenance(Source.VITALS, recordId, Instant.parse(asOf), NOW);
	}

}
