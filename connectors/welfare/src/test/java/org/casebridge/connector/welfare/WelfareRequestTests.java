package org.casebridge.connector.welfare;

import java.time.LocalDate;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.http.Outcomes;
import org.casebridge.connector.model.PersonSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * What the connector sends: the agency's parameter names and formats, and nothing else.
 */
class WelfareRequestTests {

	private static final WireMockServer welfare = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

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
		welfare
			.stubFor(Fixtures.searchWithToken(Fixtures.TOKEN).willReturn(Fixtures.jsonFixture("persons-search.json")));
		this.connector = Fixtures.connector(welfare);
	}

	@Test
	void everyCriterionIsSentInTheAgencysFormat() {
		Outcomes.valueOf(this.connector
			.searchPeople(new PersonSearch("Ana", "Rivera", LocalDate.of(1988, 4, 7), "900123456", "CW-2023-000187")));

		welfare.verify(exactly(1),
				getRequestedFor(urlPathEqualTo(Fixtures.SEARCH_PATH)).withQueryParam("last_name", equalTo("RIVERA"))
					.withQueryParam("first_name", equalTo("ANA"))
					.withQueryParam("dob", equalTo("1988-04-07"))
					.withQueryParam("ssn", equalTo("900123456"))
					.withQueryParam("case_number", equalTo("CW-2023-000187"))
					.withHeader("Authorization", equalTo("Bearer " + Fixtures.TOKEN))
					.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void onlyTheCriteriaThatAreSetAreSent() {
		Outcomes
			.valueOf(this.connector.searchPeople(new PersonSearch(null, null, LocalDate.of(1988, 4, 17), null, null)));

		welfare.verify(exactly(1),
				getRequestedFor(urlPathEqualTo(Fixtures.SEARCH_PATH)).withQueryParam("dob", equalTo("1988-04-17"))
					.withQueryParam("last_name", absent())
					.withQueryParam("first_name", absent())
					.withQueryParam("ssn", absent())
					.withQueryParam("case_number", absent()));
		assertThat(onlySearch().getUrl()).isEqualTo(Fixtures.SEARCH_PATH + "?dob=1988-04-17");
	}

	@Test
	void aDashedSsnIsSentAsNineDigits() {
		Outcomes.valueOf(this.connector.searchPeople(new PersonSearch(null, null, null, "900-12-3456", null)));

		assertThat(onlySearch().queryParameter("ssn").firstValue()).isEqualTo("900123456");
	}

	@Test
	void hostileCharactersAreEncodedAndCannotAddParameters() {
		Outcomes.valueOf(this.connector
			.searchPeople(new PersonSearch("Ana Maria", "O'Brien&ssn=900000000#x?y=%2F", null, null, null)));

		LoggedRequest request = onlySearch();
		assertThat(request.queryParameter("last_name").firstValue()).isEqualTo("O'BRIEN&SSN=900000000#X?Y=%2F");
		assertThat(request.queryParameter("first_name").firstValue()).isEqualTo("ANA MARIA");
		assertThat(request.queryParameter("ssn").isPresent()).isFalse();
		assertThat(request.getUrl()).contains("first_name=ANA%20MARIA")
			.contains("O%27BRIEN%26SSN%3D900000000%23X%3FY%3D%252F");
	}

	@Test
	void aSearchWithoutCriteriaIsRefusedBeforeAnyCall() {
		Throwable failure = Outcomes
			.failureOf(this.connector.searchPeople(new PersonSearch(null, " ", null, null, null)));

		assertThat(failure).isInstanceOf(IllegalArgumentException.class);
		welfare.verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void detailsAreReadFromThePersonsPath() {
		welfare.stubFor(Fixtures.detailsWithToken("1048576", Fixtures.TOKEN)
			.willReturn(Fixtures.jsonFixture("person-1048576.json")));

		Outcomes.valueOf(this.connector.personDetails("1048576"));

		welfare.verify(exactly(1), getRequestedFor(urlPathEqualTo("/ccwis/persons/1048576")).withHeader("Authorization",
				equalTo("Bearer " + Fixtures.TOKEN)));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "abc", "-1", "1048576/../search", "1048576?x=1", "1234567890123", "M0012345",
			"VR-00012345", "１２３" })
	void anIdThatIsNotAPersonIdIsNotFoundWithoutACall(String id) {
		Throwable failure = Outcomes.failureOf(this.connector.personDetails(id));

		assertThat(failure).isInstanceOf(SourceException.NotFound.class);
		welfare.verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void theSourceIsWelfare() {
		assertThat(this.connector.source()).isEqualTo(org.casebridge.connector.Source.WELFARE);
	}

	@Test
	void nullCriteriaAreAProgrammingError() {
		assertThatNullPointerException().isThrownBy(() -> this.connector.searchPeople(null));
	}

	private static LoggedRequest onlySearch() {
		List<LoggedRequest> searches = welfare.findAll(getRequestedFor(urlPathEqualTo(Fixtures.SEARCH_PATH)));
		assertThat(searches).hasSize(1);
		return searches.get(0);
	}

}
