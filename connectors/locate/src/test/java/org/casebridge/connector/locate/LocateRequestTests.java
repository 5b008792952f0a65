package org.casebridge.connector.locate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
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

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** What the connector asks the locate service, and what it refuses to ask. */
class LocateRequestTests {

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
		locate.stubFor(get(urlPathEqualTo("/locate/v1/subjects"))
			.willReturn(okJson("{\"items\": [], \"page\": 0, \"size\": 25, \"totalPages\": 0}")));
		this.connector = Fixtures.connector(locate, Duration.ofSeconds(2), 25, 5);
	}

	@Test
	void searchSendsEveryCriterionInTheAgencyFormat() {
		PersonSearch criteria = new PersonSearch("Ana", "Rivera", LocalDate.of(1988, 4, 7), "900123456",
				"CS-2019-004512");

		assertThat(Outcomes.valueOf(this.connector.searchPeople(criteria))).isEmpty();

		locate.verify(1,
				getRequestedFor(urlPathEqualTo("/locate/v1/subjects")).withQueryParam("ssn", equalTo("900123456"))
					.withQueryParam("surname", equalTo("Rivera"))
					.withQueryParam("given", equalTo("Ana"))
					.withQueryParam("dob", equalTo("19880407"))
					.withQueryParam("page", equalTo("0"))
					.withQueryParam("size", equalTo("25"))
					.withHeader("Accept", equalTo("application/json")));
		assertThat(onlyRequest().getQueryParams()).containsOnlyKeys("ssn", "surname", "given", "dob", "page", "size");
	}

	@Test
	void searchSendsOnlyTheCriteriaThatAreSet() {
		Outcomes
			.valueOf(this.connector.searchPeople(new PersonSearch(null, null, LocalDate.of(1988, 4, 17), null, null)));

		assertThat(onlyRequest().getQueryParams()).containsOnlyKeys("dob", "page", "size");
	}

	@Test
	void searchEncodesReservedCharactersInValues() {
		Outcomes.valueOf(this.connector.searchPeople(new PersonSearch("Zoë", "O'Neil&page=9", null, null, null)));

		LoggedRequest request = onlyRequest();
		assertThat(request.queryParameter("surname").firstValue()).isEqualTo("O'Neil&page=9");
		assertThat(request.queryParameter("given").firstValue()).isEqualTo("Zoë");
		assertThat(request.queryParameter("page").values()).containsExactly("0");
	}

	@Test
	void searchByCaseNumberAloneAnswersNothingWithoutCalling() {
		assertThat(Outcomes
			.valueOf(this.connector.searchPeople(new PersonSearch(null, null, null, null, "CS-2019-004512"))))
			.isEmpty();

		locate.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void searchWithoutAnyCriterionFailsWithoutCalling() {
		assertThat(Outcomes.failureOf(this.connector.searchPeople(new PersonSearch(" ", null, null, null, null))))
			.isInstanceOf(IllegalArgumentException.class);

		locate.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void detailsReadEveryPageInTurnWithThePageSize() {
		for (int page = 0; page < 3; page++) {
			locate.stubFor(get(urlPathEqualTo(RECORDS)).withQueryParam("page", equalTo(String.valueOf(page)))
				.willReturn(okJson("{\"subject\": {\"subjectKey\": \"L-7f3a9c21\"}, \"items\": [], \"page\": " + page
						+ ", \"size\": 25, \"totalPages\": 3}")));
		}

		Outcomes.valueOf(this.connector.personDetails("L-7f3a9c21"));

		List<LoggedRequest> requests = locate.findAll(getRequestedFor(urlPathEqualTo(RECORDS)));
		assertThat(requests).hasSize(3);
		assertThat(requests.stream()
			.sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
			.map((request) -> request.queryParameter("page").firstValue())).containsExactly("0", "1", "2");
		assertThat(requests)
			.allSatisfy((request) -> assertThat(request.queryParameter("size").firstValue()).isEqualTo("25"));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "L-7F3A9C21", "L-7f3a9c2", "L-7f3a9c210", "7f3a9c21", "M0012345", "L-7f3a9c2g",
			"L-7f3a9c21/../../admin", "L-7f3a9c21?page=9", "L-7f3a9c21 " })
	void anInvalidSubjectKeyIsNotFoundWithoutCalling(String subjectKey) {
		assertThat(Outcomes.failureOf(this.connector.personDetails(subjectKey)))
			.isInstanceOf(SourceException.NotFound.class);

		locate.verify(0, anyRequestedFor(anyUrl()));
	}

	private static LoggedRequest onlyRequest() {
		List<LoggedRequest> requests = locate.findAll(getRequestedFor(anyUrl()));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

}
