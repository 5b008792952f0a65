package org.casebridge.connector.locate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.casebridge.connector.Source;
import org.casebridge.connector.http.Outcomes;
import org.casebridge.connector.model.Address;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.DriverRecord;
import org.casebridge.connector.model.Employment;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.QuarterlyWage;
import org.casebridge.connector.model.Sex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.connector.locate.Fixtures.NOW;

/**
 * Every field of the agency's payloads, across pages, as the canonical model receives it.
 */
class LocateMappingTests {

	private static final WireMockServer locate = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final String RECORDS = "/locate/v1/subjects/L-7f3a9c21/records";

	private LocateConnector connector;

	@BeforeAll
	static void start() {
		locate.start();
	}

	@AfterAll
	static void stop() {
		locate.stop();
	}

	@BeforeEach
	void reset() {
		locate.resetAll();
		this.connector = Fixtures.connector(locate, Duration.ofSeconds(2), 2, 5);
	}

	@Test
	void searchMapsEverySubjectFieldOnEveryPage() {
		stubPage("/locate/v1/subjects", 0, "subjects-page0.json");
		stubPage("/locate/v1/subjects", 1, "subjects-page1.json");

		List<PersonRecord> people = Outcomes.valueOf(this.connector.searchPeople(byLastName("Rivera")));

		assertThat(people).containsExactly(
				new PersonRecord(provenance("L-7f3a9c21", Instant.parse("2026-10-30T00:00:00Z")), "L-7f3a9c21",
						List.of(new PersonName("ANA", null, "RIVERA", PersonName.Kind.LEGAL)),
						LocalDate.of(1988, 4, 17), false, "900123456", Sex.FEMALE, null, false, List.of()),
				new PersonRecord(provenance("L-0b5e11d4", Instant.parse("2026-09-14T16:20:00Z")), "L-0b5e11d4",
						List.of(new PersonName("JOSE", "M", "RIVERA", PersonName.Kind.LEGAL)),
						LocalDate.of(1985, 11, 2), false, null, Sex.MALE, null, false, List.of()),
				new PersonRecord(provenance("L-9c0de7a2", null), "L-9c0de7a2",
						List.of(new PersonName("ANNA", null, "RIVERA", PersonName.Kind.LEGAL)), null, false,
						"900551234", Sex.UNKNOWN, null, false, List.of()));
	}

	@Test
	void aSubjectSeenOnTwoPagesIsKeptOnce() {
		locate.stubFor(get(urlPathEqualTo("/locate/v1/subjects")).withQueryParam("page", equalTo("0"))
			.willReturn(okJson("{\"items\": [{\"subjectKey\": \"L-00000001\"}, {\"subjectKey\": \"L-00000002\"}],"
					+ " \"page\": 0, \"size\": 2, \"totalPages\": 2}")));
		locate.stubFor(get(urlPathEqualTo("/locate/v1/subjects")).withQueryParam("page", equalTo("1"))
			.willReturn(okJson("{\"items\": [{\"subjectKey\": \"L-00000002\"}, {\"subjectKey\": \"L-00000003\"}],"
					+ " \"page\": 1, \"size\": 2, \"totalPages\": 2}")));

		List<PersonRecord> people = Outcomes.valueOf(this.connector.searchPeople(byLastName("Rivera")));

		assertThat(people).extracting(PersonRecord::agencyPersonId)
			.containsExactly("L-00000001", "L-00000002", "L-00000003");
	}

	@Test
	void detailsAssembleEveryPageInOrder() {
		stubPage(RECORDS, 0, "records-page0.json");
		stubPage(RECORDS, 1, "records-page1.json");
		stubPage(RECORDS, 2, "records-page2.json");

		PersonDetails details = Outcomes.valueOf(this.connector.personDetails("L-7f3a9c21"));

		assertThat(details.person())
			.isEqualTo(new PersonRecord(provenance("L-7f3a9c21", Instant.parse("2026-10-30T00:00:00Z")), "L-7f3a9c21",
					List.of(new PersonName("ANA", "L", "RIVERA", PersonName.Kind.LEGAL)), LocalDate.of(1988, 4, 17),
					false, "900123456", Sex.FEMALE, null, false, List.of()));
		assertThat(details.data()).isInstanceOf(AgencyData.LocateData.class);
		AgencyData.LocateData data = (AgencyData.LocateData) details.data();
		Provenance a1001 = reported("A-1001", 2026, 9, 1);
		Provenance a1005 = reported("A-1005", 2026, 8, 15);
		assertThat(data.addresses()).containsExactly(
				new Address(a1001, "DMV", "44 W 200 S", null, "Ogden", "UT", "84401", null),
				new Address(a1005, "RESIDENTIAL", "1210 Canyon Rd", "Apt 3", "Ogden", "UT", "84404-1102", null));
		Provenance n2002 = reported("N-2002", 2026, 8, 15);
		assertThat(data.employers()).containsExactly(
				new Employment(n2002, "Wasatch Freight LLC", "87-1234567", LocalDate.of(2026, 8, 1), null,
						new Address(n2002, "EMPLOYER", "9 Industrial Way", null, "Ogden", "UT", "84404", null)),
				new Employment(reported("N-1990", 2025, 11, 3), "Bonneville Packaging Inc", "87-7654321",
						LocalDate.of(2024, 2, 12), LocalDate.of(2026, 7, 31), null));
		assertThat(data.wages()).containsExactly(
				new QuarterlyWage(reported("W-3003", 2026, 10, 15), "2026Q3", "Wasatch Freight LLC", "87-1234567",
						new BigDecimal("9120.00")),
				new QuarterlyWage(reported("W-2901", 2026, 7, 15), "2026Q2", "Bonneville Packaging Inc", "87-7654321",
						new BigDecimal("4310.55")));
		Provenance dl4004 = reported("DL-4004", 2025, 3, 10);
		assertThat(data.driverRecords())
			.containsExactly(new DriverRecord(dl4004, "UT123456789", "UT", "VALID", LocalDate.of(2030, 4, 17),
					new Address(dl4004, "DMV", "44 W 200 S", null, "Ogden", "UT", "84401", null)));
	}

	@Test
	void recordsOfAnUnknownTypeAreIgnored() {
		locate.stubFor(get(urlPathEqualTo(RECORDS)).willReturn(okJson("""
				{"subject": {"subjectKey": "L-7f3a9c21"},
				 "items": [{"type": "BANK", "recordId": "B-1", "bank": {"account": "1"}},
				           {"type": null, "recordId": "X-1"},
				           {"type": "WAGE", "recordId": "W-1", "reported": "20260101",
				            "wage": {"quarter": "2025Q4", "amount": "10.00"}}],
				 "page": 0, "size": 20, "totalPages": 1}
				""")));

		AgencyData.LocateData data = (AgencyData.LocateData) Outcomes
			.valueOf(this.connector.personDetails("L-7f3a9c21"))
			.data();

		assertThat(data.addresses()).isEmpty();
		assertThat(data.employers()).isEmpty();
		assertThat(data.driverRecords()).isEmpty();
		assertThat(data.wages()).extracting((wage) -> wage.provenance().recordId()).containsExactly("W-1");
	}

	private static void stubPage(String path, int page, String fixture) {
		locate.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo(String.valueOf(page)))
			.willReturn(okJson(Fixtures.json(fixture))));
	}

	private static PersonSearch byLastName(String lastName) {
		return new PersonSearch(null, lastName, null, null, null);
	}

	private static Provenance provenance(String recordId, Instant asOf) {
		return new Provenance(Source.LOCATE, recordId, asOf, NOW);
	}

	private static Provenance reported(String recordId, int year, int month, int day) {
		return provenance(recordId, LocalDate.of(year, month, day).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
	}

}
