package org.casebridge.connector.support;

import java.time.Duration;
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

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** What the connector asks the agency, and what it refuses to ask. */
class SupportRequestTests {

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
		support.stubFor(get(urlPathEqualTo("/api/v2/members")).willReturn(okJson("{\"members\": []}")));
		this.connector = Fixtures.connector(support, Duration.ofSeconds(2));
	}

	@Test
	void searchSendsEveryCriterionInTheAgencyFormat() {
		PersonSearch criteria = new PersonSearch("Ana", "Rivera", LocalDate.of(1988, 4, 7), "900123456",
				"CS-2019-004512");

		assertThat(Outcomes.valueOf(this.connector.searchPeople(criteria))).isEmpty();

		support.verify(1,
				getRequestedFor(urlPathEqualTo("/api/v2/members")).withQueryParam("lastName", equalTo("Rivera"))
					.withQueryParam("firstName", equalTo("Ana"))
					.withQueryParam("birthDate", equalTo("04/07/1988"))
					.withQueryParam("ssn", equalTo("900-12-3456"))
					.withQueryParam("caseId", equalTo("CS-2019-004512"))
					.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void searchSendsOnlyTheCriteriaThatAreSet() {
		Outcomes.valueOf(
				this.connector.searchPeople(new PersonSearch(null, "Rivera", LocalDate.of(1988, 4, 17), null, "")));

		assertThat(onlyRequest().getQueryParams()).containsOnlyKeys("lastName", "birthDate");
		assertThat(onlyRequest().queryParameter("birthDate").firstValue()).isEqualTo("04/17/1988");
	}

	@Test
	void searchByCaseNumberAloneSendsOnlyTheCaseId() {
		Outcomes.valueOf(this.connector.searchPeople(new PersonSearch(null, null, null, null, "CW-2023-000187")));

		assertThat(onlyRequest().getQueryParams()).containsOnlyKeys("caseId");
		assertThat(onlyRequest().queryParameter("caseId").firstValue()).isEqualTo("CW-2023-000187");
	}

	@Test
	void searchEncodesReservedCharactersInValues() {
		Outcomes
			.valueOf(this.connector.searchPeople(new PersonSearch("Zoë", "de la Cruz&caseId=X+1", null, null, null)));

		LoggedRequest request = onlyRequest();
		assertThat(request.getQueryParams()).containsOnlyKeys("lastName", "firstName");
		assertThat(request.queryParameter("lastName").firstValue()).isEqualTo("de la Cruz&caseId=X+1");
		assertThat(request.queryParameter("firstName").firstValue()).isEqualTo("Zoë");
		assertThat(request.getUrl()).doesNotContain(" ").contains("de%20la%20Cruz%26caseId%3DX%2B1");
	}

	@Test
	void searchWithoutAnyCriterionFailsWithoutCallingTheAgency() {
		Throwable failure = Outcomes
			.failureOf(this.connector.searchPeople(new PersonSearch(null, " ", null, null, null)));

		assertThat(failure).isInstanceOf(IllegalArgumentException.class);
		support.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void detailsAskForTheMemberByPath() {
		support.stubFor(get(urlPathEqualTo("/api/v2/members/M0012345"))
			.willReturn(okJson(Fixtures.json("member-M0012345.json"))));

		Outcomes.valueOf(this.connector.personDetails("M0012345"));

		support.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/members/M0012345")));
	}

	@Test
	void aBaseUriWithAPathPrefixIsKept() {
		support.stubFor(get(urlPathEqualTo("/iv-d/api/v2/members")).willReturn(okJson("{\"members\": []}")));
		SupportConnector prefixed = Fixtures.connector("http://127.0.0.1:" + support.port() + "/iv-d/",
				Duration.ofSeconds(2));

		Outcomes.valueOf(prefixed.searchPeople(new PersonSearch(null, "Rivera", null, null, null)));

		support.verify(1, getRequestedFor(urlPathEqualTo("/iv-d/api/v2/members")));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "M123", "M00123456", "m0012345", "L-7f3a9c21", "1048576", "../admin",
			"M0012345/../../x", "M0012345?x=1", "M001234\uFF15", " M0012345" })
	void anInvalidMemberIdIsNotFoundWithoutCallingTheAgency(String memberId) {
		Throwable failure = Outcomes.failureOf(this.connector.personDetails(memberId));

		assertThat(failure).isInstanceOf(SourceException.NotFound.class);
		support.verify(0, anyRequestedFor(anyUrl()));
	}

	private static LoggedRequest onlyRequest() {
		List<LoggedRequest> requests = support.findAll(getRequestedFor(anyUrl()));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

}
