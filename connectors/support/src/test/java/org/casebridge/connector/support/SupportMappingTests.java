package org.casebridge.connector.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.casebridge.connector.Source;
import org.casebridge.connector.http.Outcomes;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.CaseWorker;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.Sex;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.connector.model.SupportCase.Arrears;
import org.casebridge.connector.model.SupportCase.Disbursement;
import org.casebridge.connector.model.SupportCase.Participant;
import org.casebridge.connector.model.SupportCase.Payment;
import org.casebridge.connector.model.SupportCase.Referral;
import org.casebridge.connector.model.SupportCase.RightsAssignment;
import org.casebridge.connector.model.SupportCase.SupportOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.connector.support.Fixtures.NOW;

/** Every field and code of the agency's payloads, as the canonical model receives it. */
class SupportMappingTests {

	private static final WireMockServer support = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private SupportConnector connector;

	@BeforeAll
	static void start() {
		support.start();
	}

	@AfterAll
	static void stop() {
		support.stop();
	}

	@BeforeEach
	void reset() {
		support.resetAll();
		this.connector = Fixtures.connector(support, Duration.ofSeconds(2));
	}

	@Test
	void searchMapsEveryMemberField() {
		support
			.stubFor(get(urlPathEqualTo("/api/v2/members")).willReturn(okJson(Fixtures.json("members-search.json"))));

		List<PersonRecord> people = Outcomes.valueOf(this.connector.searchPeople(byLastName("Rivera")));

		assertThat(people).containsExactly(
				new PersonRecord(provenance("M0012345", "2026-10-03T20:22:10Z"), "M0012345",
						List.of(new PersonName("Ana", "L", "Rivera", PersonName.Kind.LEGAL),
								new PersonName("Ana", null, "Soto", PersonName.Kind.MAIDEN),
								new PersonName("Annie", null, "Rivera", PersonName.Kind.ALIAS)),
						LocalDate.of(1988, 4, 17), false, "900123456", Sex.FEMALE, null, false,
						List.of("CS-2019-004512", "CS-2016-001877")),
				new PersonRecord(provenance("M0012346", "2026-09-28T14:05:00Z"), "M0012346",
						List.of(new PersonName("Jose", null, "Rivera", PersonName.Kind.LEGAL)),
						LocalDate.of(1985, 11, 2), false, null, Sex.MALE, null, true, List.of("CS-2019-004512")),
				new PersonRecord(provenance("M0012399", "2026-03-20T00:00:00Z"), "M0012399",
						List.of(new PersonName("Sam", null, "Ortiz", PersonName.Kind.LEGAL)), LocalDate.of(1979, 7, 4),
						false, "900129999", Sex.UNKNOWN, LocalDate.of(2026, 3, 15), false, List.of()));
	}

	@Test
	void detailsMapTheMemberAndEveryCaseCode() {
		support.stubFor(get(urlPathEqualTo("/api/v2/members/M0012345"))
			.willReturn(okJson(Fixtures.json("member-M0012345.json"))));

		PersonDetails details = Outcomes.valueOf(this.connector.personDetails("M0012345"));

		assertThat(details.person().provenance()).isEqualTo(provenance("M0012345", "2026-10-03T20:22:10Z"));
		assertThat(details.person().names()).containsExactly(
				new PersonName("Ana", "L", "Rivera", PersonName.Kind.LEGAL),
				new PersonName("Ana", null, "Soto", PersonName.Kind.MAIDEN));
		assertThat(details.person().caseNumbers()).containsExactly("CS-2019-004512", "CS-2016-001877", "CS-2021-000311",
				"CS-2022-000940", "CS-2024-000055");
		assertThat(details.data()).isInstanceOf(AgencyData.SupportData.class);
		List<SupportCase> cases = ((AgencyData.SupportData) details.data()).cases();
		assertThat(cases).hasSize(5);
		assertThat(cases.get(0)).isEqualTo(fosterCareCase());
		assertThat(cases.get(1)).isEqualTo(currentTanfCase());
		assertThat(cases.get(2)).isEqualTo(formerTanfCase());
		assertThat(cases.get(3)).isEqualTo(medicaidOnlyCase());
		assertThat(cases.get(4)).isEqualTo(nonIvaCase());
	}

	@Test
	void unknownCodesPassThroughMarkedAsUnknown() {
		support.stubFor(get(urlPathEqualTo("/api/v2/members/M0012345"))
			.willReturn(okJson(Fixtures.json("member-unknown-codes.json"))));

		PersonDetails details = Outcomes.valueOf(this.connector.personDetails("M0012345"));

		SupportCase supportCase = ((AgencyData.SupportData) details.data()).cases().get(0);
		assertThat(supportCase.caseType()).isEqualTo("UNKNOWN:ZZ");
		assertThat(supportCase.status()).isEqualTo("UNKNOWN:R");
		assertThat(supportCase.participants())
			.containsExactly(new Participant("M0012390", "Rosa Rivera", "UNKNOWN:GP"));
		assertThat(supportCase.order().kind()).isEqualTo("UNKNOWN:T");
		assertThat(supportCase.order().frequency()).isEqualTo("UNKNOWN:Q");
		assertThat(supportCase.payments()).extracting(Payment::source).containsExactly("UNKNOWN:FIDM");
		assertThat(supportCase.disbursements()).extracting(Disbursement::payeeType).containsExactly("UNKNOWN:TRB");
		assertThat(supportCase.assignment().program()).isEqualTo("UNKNOWN:MA");
		assertThat(supportCase.referral().source()).isEqualTo("UNKNOWN:TRB");
	}

	@Test
	void aMissingOrUnclearFamilyViolenceIndicatorIsReadAsSet() {
		support.stubFor(get(urlPathEqualTo("/api/v2/members")).willReturn(okJson("""
				{"members": [
				 {"memberId": "M0000001", "nameLast": "Lee", "fvi": "N"},
				 {"memberId": "M0000002", "nameLast": "Lee", "fvi": "Y"},
				 {"memberId": "M0000003", "nameLast": "Lee"},
				 {"memberId": "M0000004", "nameLast": "Lee", "fvi": "maybe"}]}
				""")));

		List<PersonRecord> people = Outcomes.valueOf(this.connector.searchPeople(byLastName("Lee")));

		assertThat(people).extracting(PersonRecord::familyViolenceIndicator).containsExactly(false, true, true, true);
	}

	@Test
	void anSsnThatIsNotNineDigitsIsTreatedAsAbsent() {
		support.stubFor(get(urlPathEqualTo("/api/v2/members")).willReturn(okJson("""
				{"members": [
				 {"memberId": "M0000001", "ssn": "900-12-345", "fvi": "N"},
				 {"memberId": "M0000002", "ssn": "  ", "fvi": "N"},
				 {"memberId": "M0000003", "ssn": " 900 12 3456 ", "fvi": "N"}]}
				""")));

		List<PersonRecord> people = Outcomes.valueOf(this.connector.searchPeople(byLastName("Lee")));

		assertThat(people).extracting(PersonRecord::ssn).containsExactly(null, null, "900123456");
	}

	private static PersonSearch byLastName(String lastName) {
		return new PersonSearch(null, lastName, null, null, null);
	}

	private static Provenance provenance(String recordId, String asOf) {
		return new Provenance(Source.SUPPORT, recordId, Instant.parse(asOf), NOW);
	}

	private static CaseWorker whitfield() {
		return new CaseWorker("Dana Whitfield", "Ogden Regional Office", "801-555-0142",
				"dwhitfield@support.example.gov");
	}

	private static SupportCase fosterCareCase() {
		return new SupportCase(provenance("CS-2019-004512", "2026-11-02T16:00:00Z"), "CS-2019-004512", "FOSTER_CARE",
				"OPEN", LocalDate.of(2019, 2, 11),
				List.of(new Participant("M0012345", "Ana Rivera", "NONCUSTODIAL_PARENT"),
						new Participant("M0012346", "Jose Rivera", "NONCUSTODIAL_PARENT"),
						new Participant("M0012350", "Mia Rivera", "CHILD"),
						new Participant(null, "State Division of Child and Family Services", "AGENCY_CUSTODIAN")),
				new SupportOrder("ORD-55120", "JUDICIAL", new BigDecimal("412.00"), "MONTHLY", true,
						LocalDate.of(2019, 5, 1)),
				new Arrears(new BigDecimal("1200.50"), new BigDecimal("300.00"), LocalDate.of(2026, 10, 31)),
				List.of(new Payment("P-88123", LocalDate.of(2026, 10, 15), new BigDecimal("206.00"),
						"WAGE_WITHHOLDING"),
						new Payment("P-88090", LocalDate.of(2026, 4, 22), new BigDecimal("1150.00"), "IRS_OFFSET")),
				List.of(new Disbursement("D-77001", LocalDate.of(2026, 10, 17), new BigDecimal("206.00"), "IV_E_AGENCY",
						"State Division of Child and Family Services", "P-88123")),
				new RightsAssignment("FOSTER_CARE", LocalDate.of(2023, 3, 1)),
				new Referral("IV_E", LocalDate.of(2023, 3, 2)), whitfield());
	}

	private static SupportCase currentTanfCase() {
		return new SupportCase(provenance("CS-2016-001877", "2021-01-05T17:30:00Z"), "CS-2016-001877", "CURRENT_TANF",
				"CLOSED", LocalDate.of(2016, 8, 22),
				List.of(new Participant("M0012345", "Ana Rivera", "CUSTODIAL_PARTY"),
						new Participant("M0012399", "Sam Ortiz", "ALLEGED_FATHER"),
						new Participant("M0012351", "Leo Rivera", "CHILD")),
				new SupportOrder("ORD-31877", "ADMINISTRATIVE", new BigDecimal("95.50"), "WEEKLY", false,
						LocalDate.of(2016, 9, 1)),
				new Arrears(new BigDecimal("0.00"), new BigDecimal("0.00"), LocalDate.of(2020, 12, 31)),
				List.of(new Payment("P-40001", LocalDate.of(2020, 11, 4), new BigDecimal("95.50"), "STATE_TAX_OFFSET")),
				List.of(new Disbursement("D-40001", LocalDate.of(2020, 11, 6), new BigDecimal("95.50"), "STATE",
						"State of Utah", null)),
				new RightsAssignment("TANF", LocalDate.of(2016, 8, 1)), new Referral("TANF", LocalDate.of(2016, 8, 15)),
				new CaseWorker("Ray Okafor", "Salt Lake Central Office", "801-555-0117",
						"rokafor@support.example.gov"));
	}

	private static SupportCase formerTanfCase() {
		return new SupportCase(provenance("CS-2021-000311", "2026-10-02T16:45:00Z"), "CS-2021-000311", "FORMER_TANF",
				"PENDING_CLOSURE", LocalDate.of(2021, 1, 5),
				List.of(new Participant("M0012345", "Ana Rivera", "CUSTODIAL_PARTY"),
						new Participant("M0012360", "Marco Diaz", "NONCUSTODIAL_PARENT"),
						new Participant("M0012361", "Eva Diaz", "CHILD")),
				new SupportOrder("ORD-60311", "JUDICIAL", new BigDecimal("310.00"), "BIWEEKLY", true,
						LocalDate.of(2021, 2, 1)),
				null,
				List.of(new Payment("P-60001", LocalDate.of(2026, 9, 30), new BigDecimal("155.00"), "UNEMPLOYMENT")),
				List.of(new Disbursement("D-60001", LocalDate.of(2026, 10, 2), new BigDecimal("155.00"),
						"CUSTODIAL_PARTY", "Ana Rivera", null)),
				null, new Referral("MEDICAID", LocalDate.of(2021, 1, 4)), whitfield());
	}

	private static SupportCase medicaidOnlyCase() {
		return new SupportCase(provenance("CS-2022-000940", "2026-08-02T18:00:00Z"), "CS-2022-000940", "MEDICAID_ONLY",
				"OPEN", LocalDate.of(2022, 6, 14),
				List.of(new Participant("M0012345", "Ana Rivera", "CUSTODIAL_PARTY")), null, null,
				List.of(new Payment("P-70001", LocalDate.of(2026, 8, 1), new BigDecimal("50.00"), "DIRECT")), List.of(),
				null, new Referral("APPLICATION", LocalDate.of(2022, 6, 13)), null);
	}

	private static SupportCase nonIvaCase() {
		return new SupportCase(provenance("CS-2024-000055", "2026-10-01T05:59:59Z"), "CS-2024-000055", "NON_IV_A",
				"OPEN", LocalDate.of(2024, 2, 21), List.of(), null,
				new Arrears(new BigDecimal("75.25"), null, LocalDate.of(2026, 9, 30)), List.of(), List.of(), null,
				new Referral("INTERSTATE", LocalDate.of(2024, 2, 20)),
				new CaseWorker("Kim Baptiste", "Interstate Unit", null, null));
	}

}
