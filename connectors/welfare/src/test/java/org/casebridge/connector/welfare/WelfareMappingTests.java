package org.casebridge.connector.welfare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.casebridge.connector.Source;
import org.casebridge.connector.http.Outcomes;
import org.casebridge.connector.model.Address;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.CaseWorker;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.RemovalEpisode.ParentLink;
import org.casebridge.connector.model.RemovalEpisode.ParentalRightsTermination;
import org.casebridge.connector.model.RemovalEpisode.Placement;
import org.casebridge.connector.model.Sex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The agency's payloads, field by field, in canonical terms. */
class WelfareMappingTests {

	private static final WireMockServer welfare = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final Instant NOW = Fixtures.NOW;

	private WelfareConnector connector;

	@BeforeAll
	static void start() {
		welfare.start();
	}

	@AfterAll
	static void stop() {
		welfare.stop();
	}

	@BeforeEach
	void reset() {
		welfare.resetAll();
		Fixtures.stubToken(welfare);
		this.connector = Fixtures.connector(welfare);
	}

	@Test
	void searchResultsMapEveryField() {
		welfare
			.stubFor(Fixtures.searchWithToken(Fixtures.TOKEN).willReturn(Fixtures.jsonFixture("persons-search.json")));

		List<PersonRecord> people = Outcomes
			.valueOf(this.connector.searchPeople(new PersonSearch(null, "Rivera", null, null, null)));

		assertThat(people)
			.containsExactly(
					new PersonRecord(provenance("1048576", 1759500000000L), "1048576",
							List.of(new PersonName("ANA", null, "RIVERA", PersonName.Kind.LEGAL),
									new PersonName("ANNIE", null, "RIVERA", PersonName.Kind.ALIAS),
									new PersonName("ANA", null, "SOTO", PersonName.Kind.ALIAS)),
							LocalDate.of(1988, 4, 17), false, null, Sex.FEMALE, null, false, List.of("CW-2023-000187")),
					new PersonRecord(provenance("1048577", 1759600000000L), "1048577",
							List.of(new PersonName("JOSE", "M", "RIVERA", PersonName.Kind.LEGAL)),
							LocalDate.of(1985, 1, 1), true, "900654321", Sex.MALE, null, true,
							List.of("CW-2023-000187", "CW-2024-000311")),
					new PersonRecord(new Provenance(Source.WELFARE, "1048590", null, NOW), "1048590",
							List.of(new PersonName("MIA", null, "RIVERA", PersonName.Kind.LEGAL)), null, false, null,
							Sex.UNKNOWN, null, false, List.of()));
	}

	@Test
	void anEmptyResultListMeansTheAgencyHoldsNoMatch() {
		welfare.stubFor(
				Fixtures.searchWithToken(Fixtures.TOKEN).willReturn(Fixtures.jsonFixture("persons-search-empty.json")));

		assertThat(Outcomes.valueOf(this.connector.searchPeople(new PersonSearch(null, "Nobody", null, null, null))))
			.isEmpty();
	}

	@Test
	void detailsMapThePersonAndEveryEpisode() {
		welfare.stubFor(Fixtures.detailsWithToken("1048576", Fixtures.TOKEN)
			.willReturn(Fixtures.jsonFixture("person-1048576.json")));

		PersonDetails details = Outcomes.valueOf(this.connector.personDetails("1048576"));

		assertThat(details.person()).isEqualTo(new PersonRecord(provenance("1048576", 1759500000000L), "1048576",
				List.of(new PersonName("ANA", null, "RIVERA", PersonName.Kind.LEGAL),
						new PersonName("ANNIE", null, "RIVERA", PersonName.Kind.ALIAS)),
				LocalDate.of(1988, 4, 17), false, "900123456", Sex.FEMALE, null, true, List.of("CW-2023-000187")));
		assertThat(details.data()).isInstanceOf(AgencyData.WelfareData.class);
		List<RemovalEpisode> episodes = ((AgencyData.WelfareData) details.data()).episodes();
		assertThat(episodes).hasSize(5);
		assertThat(episodes.get(0)).isEqualTo(reunificationEpisode());
		assertThat(episodes.get(1)).isEqualTo(adoptionEpisode());
	}

	@Test
	void everyCodeOfTheAgencysTablesMaps() {
		welfare.stubFor(Fixtures.detailsWithToken("1048576", Fixtures.TOKEN)
			.willReturn(Fixtures.jsonFixture("person-1048576.json")));

		List<RemovalEpisode> episodes = ((AgencyData.WelfareData) Outcomes
			.valueOf(this.connector.personDetails("1048576"))
			.data()).episodes();

		assertThat(episodes).extracting(RemovalEpisode::permanencyGoal)
			.containsExactly("REUNIFICATION", "ADOPTION", "GUARDIANSHIP", "RELATIVE_PLACEMENT", "APPLA");
		assertThat(episodes).extracting(RemovalEpisode::legalCustody)
			.containsExactly("STATE_AGENCY", "PARENT", "RELATIVE", null, "STATE_AGENCY");
		assertThat(episodes)
			.extracting((episode) -> (episode.referralDecision() != null) ? episode.referralDecision().referTo() : null)
			.containsExactly("NONCUSTODIAL_PARENT", "CUSTODIAL_PARENT", "BOTH", "NEITHER", null);
		assertThat(episodes.stream().flatMap((episode) -> episode.placements().stream()).map(Placement::setting))
			.containsExactly("FOSTER_FAMILY_RELATIVE", "FOSTER_FAMILY_NONRELATIVE", "GROUP_HOME", "INSTITUTION",
					"PRE_ADOPTIVE");
		assertThat(episodes.stream().flatMap((episode) -> episode.parents().stream()).map(ParentLink::relationship))
			.containsExactly("MOTHER", "FATHER", "MOTHER", "PUTATIVE_FATHER");
		RemovalEpisode guardianship = episodes.get(2);
		assertThat(guardianship.iveEligibility()).isNull();
		assertThat(guardianship.worker()).isNull();
		assertThat(guardianship.parents()).isEmpty();
		assertThat(guardianship.placements()).isEmpty();
		assertThat(guardianship.provenance()).isEqualTo(provenance("EP-000402-1", 1720000000000L));
		assertThat(episodes.get(3).placements()).isEmpty();
		assertThat(episodes.get(3).terminations()).isEmpty();
	}

	@Test
	void unknownCodesPassThroughMarkedUnknown() {
		welfare.stubFor(Fixtures.detailsWithToken("1048600", Fixtures.TOKEN)
			.willReturn(Fixtures.jsonFixture("person-unknown-codes.json")));

		PersonDetails details = Outcomes.valueOf(this.connector.personDetails("1048600"));

		assertThat(details.person().sex()).isEqualTo(Sex.UNKNOWN);
		assertThat(details.person().dateOfBirthEstimated()).isTrue();
		RemovalEpisode episode = ((AgencyData.WelfareData) details.data()).episodes().get(0);
		assertThat(episode.placements()).extracting(Placement::setting).containsExactly("UNKNOWN:TFC");
		assertThat(episode.placements().get(0).address()).isNull();
		assertThat(episode.permanencyGoal()).isEqualTo("UNKNOWN:XYZ");
		assertThat(episode.legalCustody()).isEqualTo("UNKNOWN:TR");
		assertThat(episode.referralDecision())
			.isEqualTo(new RemovalEpisode.ReferralDecision("UNKNOWN:DEFER", null, LocalDate.of(2025, 5, 10), null));
		assertThat(episode.parents()).containsExactly(new ParentLink("1048601", "RAY PETERS", "UNKNOWN:SF"));
	}

	private static RemovalEpisode reunificationEpisode() {
		long asOf = 1760000000000L;
		return new RemovalEpisode(provenance("EP-000187-1", asOf), "EP-000187-1", "1048590", "MIA RIVERA",
				LocalDate.of(2023, 2, 27), "NEGLECT", List.of(
						new Placement("PL-3301", "FOSTER_FAMILY_RELATIVE", LocalDate.of(2023, 2, 27),
								LocalDate.of(2023, 8, 14),
								new Address(provenance("PL-3301", asOf), "PLACEMENT", "118 N Cedar St", null, "Provo",
										"UT", "84601", LocalDate.of(2023, 2, 27)),
								"Gonzales kinship home"),
						new Placement("PL-3302", "FOSTER_FAMILY_NONRELATIVE", LocalDate.of(2023, 8, 15), null,
								new Address(provenance("PL-3302", asOf), "PLACEMENT", "2210 W 800 N", "Apt 4", "Orem",
										"UT", "84057", LocalDate.of(2023, 8, 15)),
								"Parkview foster home")),
				"REUNIFICATION", "STATE_AGENCY",
				List.of(new ParentalRightsTermination("1048577", "JOSE RIVERA", LocalDate.of(2025, 1, 9), false)),
				new RemovalEpisode.IveEligibility(true, LocalDate.of(2023, 3, 15), new BigDecimal("725.00")),
				new RemovalEpisode.ReferralDecision("NONCUSTODIAL_PARENT", "Father able to pay; no safety concern",
						LocalDate.of(2023, 3, 1), LocalDate.of(2023, 9, 1)),
				null, null, new CaseWorker("Lee Tran", "Provo Office", "801-555-0199", "ltran@cfs.example.gov"),
				List.of(new ParentLink("1048576", "ANA RIVERA", "MOTHER"),
						new ParentLink("1048577", "JOSE RIVERA", "FATHER")));
	}

	private static RemovalEpisode adoptionEpisode() {
		long asOf = 1700000000000L;
		return new RemovalEpisode(provenance("EP-000211-1", asOf), "EP-000211-1", "1048591", "LUCAS RIVERA",
				LocalDate.of(2021, 6, 2), "PHYSICAL_ABUSE", List.of(
						new Placement("PL-2901", "GROUP_HOME", LocalDate.of(2021, 6, 2), LocalDate.of(2021, 9, 30),
								new Address(provenance("PL-2901", asOf), "PLACEMENT", "45 E 300 S", null, "Ogden", "UT",
										"84401", LocalDate.of(2021, 6, 2)),
								"Wasatch youth group home"),
						new Placement("PL-2902", "INSTITUTION", LocalDate.of(2021, 10, 1), LocalDate.of(2022, 1, 15),
								null, "State residential treatment center"),
						new Placement("PL-2903", "PRE_ADOPTIVE", LocalDate.of(2022, 1, 16), LocalDate.of(2022, 11, 30),
								new Address(provenance("PL-2903", asOf), "PLACEMENT", "9 Canyon Rd", null, "Logan",
										"UT", "84321", LocalDate.of(2022, 1, 16)),
								"Hansen pre-adoptive home")),
				"ADOPTION", "PARENT",
				List.of(new ParentalRightsTermination("1048576", "ANA RIVERA", LocalDate.of(2022, 5, 20), true),
						new ParentalRightsTermination(null, "UNKNOWN FATHER", LocalDate.of(2022, 5, 20), false)),
				new RemovalEpisode.IveEligibility(false, LocalDate.of(2021, 6, 30), null),
				new RemovalEpisode.ReferralDecision("CUSTODIAL_PARENT", "Mother receives support for sibling",
						LocalDate.of(2021, 6, 10), LocalDate.of(2021, 12, 10)),
				LocalDate.of(2022, 11, 30), "ADOPTION", null, List.of(new ParentLink("1048576", "ANA RIVERA", "MOTHER"),
						new ParentLink(null, "UNKNOWN FATHER", "PUTATIVE_FATHER")));
	}

	private static Provenance provenance(String recordId, long epochMillis) {
		return new Provenance(Source.WELFARE, recordId, Instant.ofEpochMilli(epochMillis), NOW);
	}

}
