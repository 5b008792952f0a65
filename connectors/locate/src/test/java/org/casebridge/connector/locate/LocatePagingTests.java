package org.casebridge.connector.locate;

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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging and pages the connector cannot read: one bad page fails the whole answer, since
 * part of a person's records shown as the whole would mislead a worker.
 */
class LocatePagingTests {

	private static final WireMockServer locate = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final String SUBJECTS = "/locate/v1/subjects";

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
		this.connector = Fixtures.connector(locate, Duration.ofMillis(500), 2, 5);
	}

	@Test
	void rateLimitingInTheMiddleOfPagingFailsTheWholeReadAndStops() {
		answerRecordsPage(0, okJson(recordsPage(0, 3)));
		answerRecordsPage(1, aResponse().withStatus(429).withHeader("Retry-After", "2"));
		answerRecordsPage(2, okJson(recordsPage(2, 3)));

		SourceException failure = detailsFailure();

		assertThat(failure).isInstanceOf(SourceException.RateLimited.class);
		assertThat(((SourceException.RateLimited) failure).retryAfter()).contains(Duration.ofSeconds(2));
		locate.verify(0, getRequestedFor(urlPathEqualTo(RECORDS)).withQueryParam("page", equalTo("2")));
	}

	@Test
	void aServerErrorOnALaterPageFailsTheWholeRead() {
		answerRecordsPage(0, okJson(recordsPage(0, 2)));
		answerRecordsPage(1, aResponse().withStatus(503));

		assertThat(detailsFailure()).isInstanceOf(SourceException.Unavailable.class);
	}

	@Test
	void aSlowLaterPageTimesOut() {
		answerRecordsPage(0, okJson(recordsPage(0, 2)));
		answerRecordsPage(1, okJson(recordsPage(1, 2)).withFixedDelay(2_000));

		assertThat(detailsFailure()).isInstanceOf(SourceException.TimedOut.class);
	}

	@Test
	void aHostilePageCountIsRefusedAfterOneRequest() {
		answerRecordsPage(0, okJson(recordsPage(0, 1_000_000_000)));

		assertThat(detailsFailure()).isInstanceOf(SourceException.BadPayload.class)
			.hasMessage("locate answered 1000000000 pages, more than the limit of 5");
		locate.verify(1, getRequestedFor(urlPathEqualTo(RECORDS)));
	}

	@Test
	void aSearchAnnouncingMorePagesThanTheLimitIsRefused() {
		answerSearch(okJson("{\"items\": [], \"page\": 0, \"size\": 2, \"totalPages\": 6}"));

		assertThat(searchFailure()).isInstanceOf(SourceException.BadPayload.class);
		locate.verify(1, getRequestedFor(urlPathEqualTo(SUBJECTS)));
	}

	@Test
	void aPageCountThatGrowsPastTheLimitWhileReadingIsRefused() {
		answerRecordsPage(0, okJson(recordsPage(0, 2)));
		answerRecordsPage(1, okJson(recordsPage(1, 99)));

		assertThat(detailsFailure()).isInstanceOf(SourceException.BadPayload.class);
		locate.verify(2, getRequestedFor(urlPathEqualTo(RECORDS)));
	}

	@Test
	void aPageThatClaimsToBeAnotherPageIsABadPayload() {
		answerRecordsPage(0, okJson(recordsPage(0, 2)));
		answerRecordsPage(1, okJson(recordsPage(0, 2)));

		assertThat(detailsFailure()).isInstanceOf(SourceException.BadPayload.class)
			.hasMessage("locate answered page 0 when page 1 was asked for");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"items\": [], \"page\": 0}", "{\"items\": [], \"page\": 0, \"totalPages\": -1}",
			"{\"page\": 0, \"totalPages\": 1}", "{\"items\": {}, \"page\": 0, \"totalPages\": 1}",
			"{\"items\": [{\"subjectKey\": null}], \"page\": 0, \"totalPages\": 1}",
			"{\"items\": [{\"subjectKey\": \"L-7f3a9c21\", \"dob\": \"19880231\"}], \"page\": 0, \"totalPages\": 1}",
			"{\"items\": [{\"subjectKey\": \"L-7f3a9c21\", \"dob\": \"04/17/1988\"}], \"page\": 0, \"totalPages\": 1}",
			"{\"items\": [], \"page\": 0, \"totalPages\": \"many\"}", "[]" })
	void aSearchPageOfTheWrongShapeIsABadPayload(String body) {
		answerSearch(okJson(body));

		assertThat(searchFailure()).isInstanceOf(SourceException.BadPayload.class);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"{\"type\": \"ADDRESS\", \"reported\": \"20260901\", \"address\": {\"line1\": \"1 Main\"}}",
			"{\"type\": \"ADDRESS\", \"recordId\": \"A-1\", \"reported\": \"20260901\"}",
			"{\"type\": \"WAGE\", \"recordId\": \"W-1\", \"reported\": \"20261301\", \"wage\": {}}",
			"{\"type\": \"WAGE\", \"recordId\": \"W-1\", \"wage\": {\"amount\": \"lots\"}}",
			"{\"type\": \"DRIVER\", \"recordId\": \"DL-1\", \"driver\": {\"expires\": \"2030-04-17\"}}", "null" })
	void aRecordThatCannotBeReadIsABadPayload(String item) {
		answerRecordsPage(0, okJson("{\"subject\": {\"subjectKey\": \"L-7f3a9c21\"}, \"items\": [" + item
				+ "], \"page\": 0, \"size\": 2, \"totalPages\": 1}"));

		assertThat(detailsFailure()).isInstanceOf(SourceException.BadPayload.class);
	}

	@Test
	void recordsOfAnotherSubjectAreABadPayload() {
		answerRecordsPage(0, okJson(
				"{\"subject\": {\"subjectKey\": \"L-00000000\"}, \"items\": [], \"page\": 0, \"size\": 2, \"totalPages\": 1}"));

		assertThat(detailsFailure()).isInstanceOf(SourceException.BadPayload.class);
	}

	@Test
	void recordsWithoutTheirSubjectAreABadPayload() {
		answerRecordsPage(0, okJson("{\"items\": [], \"page\": 0, \"size\": 2, \"totalPages\": 1}"));

		assertThat(detailsFailure()).isInstanceOf(SourceException.BadPayload.class);
	}

	private static String recordsPage(int page, int totalPages) {
		return "{\"subject\": {\"subjectKey\": \"L-7f3a9c21\"}, \"items\": [], \"page\": " + page
				+ ", \"size\": 2, \"totalPages\": " + totalPages + "}";
	}

	private static void answerSearch(ResponseDefinitionBuilder response) {
		locate.stubFor(get(urlPathEqualTo(SUBJECTS)).willReturn(response));
	}

	private static void answerRecordsPage(int page, ResponseDefinitionBuilder response) {
		locate.stubFor(get(urlPathEqualTo(RECORDS)).withQueryParam("page", equalTo(String.valueOf(page)))
			.willReturn(response));
	}

	private SourceException searchFailure() {
		Throwable failure = Outcomes
			.failureOf(this.connector.searchPeople(new PersonSearch(null, "Rivera", null, null, null)));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

	private SourceException detailsFailure() {
		Throwable failure = Outcomes.failureOf(this.connector.personDetails("L-7f3a9c21"));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

}
