package org.casebridge.connector.support;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.http.Outcomes;
import org.casebridge.connector.model.PersonSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers the connector cannot read: each is a bad payload whose message quotes no data.
 */
class SupportPayloadTests {

	private static final WireMockServer support = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final PersonSearch SEARCH = new PersonSearch("Ana", "Rivera", null, "900123456", null);

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
		this.connector = Fixtures.connector(support, Duration.ofMillis(500));
	}

	@Test
	void truncatedJsonIsABadPayloadThatQuotesNothing() {
		answerSearch(
				okJson("{\"members\": [{\"memberId\": \"M0012345\", \"ssn\": \"900-12-3456\", \"nameLast\": \"Riv"));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.BadPayload.class)
			.hasMessageStartingWith("support answered unreadable JSON");
		assertThat(failure.getMessage()).doesNotContain("Riv").doesNotContain("900");
		assertThat(failure).hasNoCause();
	}

	@Test
	void unquotedTokensAreNotEchoedInTheMessage() {
		answerSearch(okJson("{\"members\": [{\"memberId\": M0012345, \"nameLast\": Rivera}]}"));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.BadPayload.class);
		assertThat(failure.getMessage()).doesNotContain("Rivera").doesNotContain("M0012345");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "{\"members\": \"none\"}", "{\"members\": [[]]}", "{\"result\": []}",
			"{\"members\": [null]}", "null", "{\"members\": [{\"memberId\": \"M0012345\", \"aliases\": \"Soto\"}]}",
			"{\"members\": []} trailing" })
	void aPayloadOfTheWrongShapeIsABadPayload(String body) {
		answerSearch(okJson(body));

		assertThat(searchFailure()).isInstanceOf(SourceException.BadPayload.class);
	}

	@Test
	void aMemberWithoutAnIdIsABadPayload() {
		answerSearch(okJson("{\"members\": [{\"memberId\": \" \", \"nameLast\": \"Rivera\", \"fvi\": \"N\"}]}"));

		assertThat(searchFailure()).isInstanceOf(SourceException.BadPayload.class)
			.hasMessage("support answered a record without memberId");
	}

	@Test
	void aCaseWithoutAnIdIsABadPayload() {
		answerDetails(okJson(
				"{\"memberId\": \"M0012345\", \"fvi\": \"N\", \"caseDetails\": [{\"caseType\": \"FC\", \"status\": \"O\"}]}"));

		assertThat(detailsFailure()).isInstanceOf(SourceException.BadPayload.class)
			.hasMessage("support answered a record without caseId");
	}

	@Test
	void detailsWithoutCaseDetailsAreABadPayloadNotAnEmptyCaseList() {
		answerDetails(okJson("{\"memberId\": \"M0012345\", \"fvi\": \"N\"}"));

		assertThat(detailsFailure()).isInstanceOf(SourceException.BadPayload.class);
	}

	@Test
	void detailsAboutAnotherMemberAreABadPayload() {
		answerDetails(okJson("{\"memberId\": \"M0099999\", \"fvi\": \"N\", \"caseDetails\": []}"));

		assertThat(detailsFailure()).isInstanceOf(SourceException.BadPayload.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "02/30/1988", "13/01/1988", "1988-04-17", "04/17/88", "yesterday" })
	void anImpossibleDateIsABadPayload(String birthDate) {
		answerSearch(okJson(
				"{\"members\": [{\"memberId\": \"M0012345\", \"fvi\": \"N\", \"birthDate\": \"" + birthDate + "\"}]}"));

		assertThat(searchFailure()).isInstanceOf(SourceException.BadPayload.class)
			.hasMessage("support answered an impossible date in birthDate");
	}

	@Test
	void anImpossibleTimestampIsABadPayload() {
		answerSearch(okJson(
				"{\"members\": [{\"memberId\": \"M0012345\", \"fvi\": \"N\", \"lastUpdated\": \"2026-13-03\"}]}"));

		assertThat(searchFailure()).isInstanceOf(SourceException.BadPayload.class);
	}

	@Test
	void anUnreadableAmountIsABadPayload() {
		answerDetails(okJson("{\"memberId\": \"M0012345\", \"fvi\": \"N\", \"caseDetails\": [{\"caseId\": \"CS-1\","
				+ " \"payments\": [{\"pmtId\": \"P-1\", \"amount\": \"12x.00\"}]}]}"));

		assertThat(detailsFailure()).isInstanceOf(SourceException.BadPayload.class)
			.hasMessage("support answered an unreadable amount in payments.amount");
	}

	private static void answerSearch(ResponseDefinitionBuilder response) {
		support.stubFor(get(urlPathEqualTo("/api/v2/members")).willReturn(response));
	}

	private static void answerDetails(ResponseDefinitionBuilder response) {
		support.stubFor(get(urlPathMatching("/api/v2/members/M[0-9]{7}")).willReturn(response));
	}

	private SourceException searchFailure() {
		Throwable failure = Outcomes.failureOf(this.connector.searchPeople(SEARCH));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

	private SourceException detailsFailure() {
		Throwable failure = Outcomes.failureOf(this.connector.personDetails("M0012345"));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

}
