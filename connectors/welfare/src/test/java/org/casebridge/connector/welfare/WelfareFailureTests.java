package org.casebridge.connector.welfare;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.model.PersonSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the agency can fail, classified as the gateway's resilience policy expects,
 * with messages that carry no personal data and no address.
 */
class WelfareFailureTests {

	private static final WireMockServer welfare = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final PersonSearch SEARCH = new PersonSearch("Ana", "Rivera", null, "900123456", null);

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
		this.connector = Fixtures.connector(welfare, Fixtures.CLOCK, Duration.ofSeconds(1));
	}

	@Test
	void anUnknownPersonIsNotFound() {
		answerDetails(aResponse().withStatus(404).withBody(Fixtures.json("not-found.json")));

		SourceException failure = detailsFailure();

		assertThat(failure).isInstanceOf(SourceException.NotFound.class);
		assertThat(failure.state()).isEqualTo(SourceState.NOT_FOUND);
		assertThat(failure.source()).isEqualTo(Source.WELFARE);
	}

	@Test
	void aMissingSearchEndpointIsAnErrorNotAnEmptyAnswer() {
		answerSearch(aResponse().withStatus(404));

		assertThat(searchFailure()).isInstanceOf(SourceException.BadPayload.class);
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503, 504 })
	void aServerErrorIsUnavailable(int status) {
		answerSearch(aResponse().withStatus(status).withBody("<html>down for maintenance</html>"));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.Unavailable.class);
		assertThat(failure.getMessage()).contains(String.valueOf(status));
		assertThat(failure.retryable()).isTrue();
	}

	@Test
	void rateLimitingCarriesTheAgencysRetryAfter() {
		answerSearch(
				aResponse().withStatus(429).withHeader("Retry-After", "7").withBody("{\"error\":\"RATE_LIMITED\"}"));

		assertThat(rateLimited().retryAfter()).contains(Duration.ofSeconds(7));
	}

	@Test
	void rateLimitingAsAnHttpDateCountsFromTheClock() {
		answerSearch(aResponse().withStatus(429).withHeader("Retry-After", "Thu, 05 Nov 2026 18:30:30 GMT"));

		assertThat(rateLimited().retryAfter()).contains(Duration.ofSeconds(30));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "soon", "-5", "1.5", "99999999999999" })
	void rateLimitingWithUnreadableRetryAfterGivesNoAdvice(String retryAfter) {
		answerSearch(aResponse().withStatus(429).withHeader("Retry-After", retryAfter));

		assertThat(rateLimited().retryAfter()).isEmpty();
	}

	@Test
	void rateLimitingWithoutRetryAfterGivesNoAdvice() {
		answerSearch(aResponse().withStatus(429));

		SourceException.RateLimited failure = rateLimited();

		assertThat(failure.retryAfter()).isEqualTo(Optional.empty());
		assertThat(failure.state()).isEqualTo(SourceState.UNAVAILABLE);
	}

	@Test
	void aTruncatedBodyIsABadPayload() {
		String truncated = Fixtures.json("persons-search.json").substring(0, 200);
		answerSearch(okJson(truncated));

		assertBadPayloadWithoutPersonalData(searchFailure());
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "\"results\"", "null", "{}", "{\"results\": {\"person_id\": 1}}",
			"{\"results\": [{\"person_id\": \"RIVERA\", \"dv_flag\": false}]}",
			"{\"results\": [{\"person_id\": 1.5, \"dv_flag\": false}]}", "{\"results\": [null]}",
			"{\"results\": []} trailing", "{\"results\": [], \"results\": []}",
			"{\"results\": [{\"person_id\": 1, \"dv_flag\": false, \"aka\": \"ANNIE\"}]}" })
	void aBodyOfTheWrongShapeIsABadPayload(String body) {
		answerSearch(okJson(body));

		assertBadPayloadWithoutPersonalData(searchFailure());
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"person_id\": 1048576,", "\"dv_flag\": false," })
	void aPersonWithoutItsIdOrFamilyViolenceFlagIsABadPayload(String missing) {
		answerSearch(okJson(Fixtures.json("persons-search.json").replaceFirst(missing, "")));

		assertBadPayloadWithoutPersonalData(searchFailure());
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"1988-02-30\"", "\"04/17/1988\"", "\"19880417\"", "\"1988-4-17\"", "19880417" })
	void anImpossibleOrForeignDateIsABadPayload(String dob) {
		answerSearch(okJson(Fixtures.json("persons-search.json").replace("\"1988-04-17\"", dob)));

		SourceException failure = searchFailure();

		assertBadPayloadWithoutPersonalData(failure);
		assertThat(failure.getMessage()).doesNotContain("1988");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"episode_id\": \"EP-000187-1\",", "\"placement_id\": \"PL-3301\",",
			"\"child_person_id\": 1048590," })
	void anEpisodeOrPlacementWithoutItsIdIsABadPayload(String missing) {
		answerDetails(okJson(Fixtures.json("person-1048576.json").replaceFirst(missing, "")));

		assertBadPayloadWithoutPersonalData(detailsFailure());
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"eligible_ind\": \"Y\"", "\"voluntary_ind\": \"N\"" })
	void anIndicatorThatIsNeitherYesNorNoIsABadPayload(String indicator) {
		answerDetails(okJson(Fixtures.json("person-1048576.json")
			.replaceFirst(indicator, indicator.substring(0, indicator.length() - 2) + "MAYBE\"")));

		assertBadPayloadWithoutPersonalData(detailsFailure());
	}

	@Test
	void anImpossibleEpisodeDateIsABadPayload() {
		answerDetails(okJson(Fixtures.json("person-1048576.json").replace("\"2023-02-27\"", "\"2023-02-29\"")));

		assertBadPayloadWithoutPersonalData(detailsFailure());
	}

	@Test
	void detailsOfAnotherPersonAreABadPayload() {
		answerDetails(okJson(Fixtures.json("person-1048576.json")
			.replace("\"person_id\": 1048576, \"first_nm\"", "\"person_id\": 1048999, \"first_nm\"")));

		assertBadPayloadWithoutPersonalData(detailsFailure());
	}

	@Test
	void detailsWithoutAPersonAreABadPayload() {
		answerDetails(okJson("{\"episodes\": []}"));

		assertBadPayloadWithoutPersonalData(detailsFailure());
	}

	@Test
	void anEmptyBodyIsABadPayload() {
		answerSearch(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

		assertBadPayloadWithoutPersonalData(searchFailure());
	}

	@Test
	void aBodyOverTheLimitIsABadPayload() {
		// streaming several megabytes must not race the short timeout the other tests use
		this.connector = Fixtures.connector(welfare, Fixtures.CLOCK, Duration.ofSeconds(20));
		StringBuilder huge = new StringBuilder("{\"results\": [");
		String person = Fixtures.json("persons-search.json").replaceAll("(?s)^\\{\"results\": \\[|\\]\\}\\s*$", "");
		while (huge.length() < 6 * 1024 * 1024) {
			huge.append(person).append(',');
		}
		huge.setLength(huge.length() - 1);
		answerSearch(okJson(huge.append("]}").toString()));

		assertThat(searchFailure()).isInstanceOf(SourceException.BadPayload.class).hasMessageContaining("too large");
	}

	@Test
	void aConnectionResetIsUnavailable() {
		answerSearch(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

		assertUnavailableWithoutAddress(searchFailure());
	}

	@Test
	void anEmptyResponseIsUnavailable() {
		answerSearch(aResponse().withFault(Fault.EMPTY_RESPONSE));

		assertUnavailableWithoutAddress(searchFailure());
	}

	@Test
	void garbageInsteadOfHttpIsUnavailable() {
		answerSearch(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

		assertUnavailableWithoutAddress(searchFailure());
	}

	@Test
	void aSlowAnswerTimesOut() {
		answerSearch(Fixtures.jsonFixture("persons-search.json").withFixedDelay(4000));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.TimedOut.class);
		assertThat(failure.state()).isEqualTo(SourceState.TIMEOUT);
	}

	@Test
	void aBodyThatTricklesInBeyondTheTimeoutTimesOut() {
		answerSearch(Fixtures.jsonFixture("persons-search.json").withChunkedDribbleDelay(20, 4000));

		assertThat(searchFailure()).isInstanceOf(SourceException.TimedOut.class);
	}

	@Test
	void aSlowTokenEndpointTimesOut() {
		welfare.stubFor(Fixtures.tokenRequest().willReturn(okJson(Fixtures.json("token.json")).withFixedDelay(4000)));

		assertThat(searchFailure()).isInstanceOf(SourceException.TimedOut.class);
	}

	@Test
	void aRefusedConnectionIsUnavailable() throws IOException {
		URI closed = closedPort();
		WelfareConnector unreachable = new WelfareConnector(new WelfareSettings(closed, closed.resolve("/oauth/token"),
				Fixtures.CLIENT_ID, Fixtures.CLIENT_SECRET, Duration.ofSeconds(1), Duration.ofSeconds(1)),
				Fixtures.CLOCK);

		assertUnavailableWithoutAddress(Fixtures.failureOf(unreachable.searchPeople(SEARCH)));
	}

	@Test
	void aRefusedConnectionAfterTheTokenIsUnavailable() throws IOException {
		WelfareSettings working = Fixtures.settings(welfare, Duration.ofSeconds(1));
		WelfareConnector unreachable = new WelfareConnector(new WelfareSettings(closedPort(), working.tokenUri(),
				Fixtures.CLIENT_ID, Fixtures.CLIENT_SECRET, Duration.ofSeconds(1), Duration.ofSeconds(1)),
				Fixtures.CLOCK);

		assertUnavailableWithoutAddress(Fixtures.failureOf(unreachable.personDetails("1048576")));
	}

	private SourceException.RateLimited rateLimited() {
		SourceException failure = searchFailure();
		assertThat(failure).isInstanceOf(SourceException.RateLimited.class);
		assertThat(failure.retryable()).isTrue();
		return (SourceException.RateLimited) failure;
	}

	private static void assertBadPayloadWithoutPersonalData(SourceException failure) {
		assertThat(failure).isInstanceOf(SourceException.BadPayload.class);
		assertThat(failure.state()).isEqualTo(SourceState.ERROR);
		assertThat(failure.retryable()).isFalse();
		assertThat(failure.getMessage()).doesNotContain("RIVERA", "ANA", "900123456", "127.0.0.1");
		assertThat(failure.getCause()).isNull();
	}

	private static void assertUnavailableWithoutAddress(Throwable failure) {
		assertThat(failure).isInstanceOf(SourceException.Unavailable.class);
		assertThat(((SourceException) failure).retryable()).isTrue();
		assertThat(failure.getMessage()).doesNotContain("127.0.0.1", "Rivera", "RIVERA", "900123456");
	}

	private static URI closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
			return URI.create("http://127.0.0.1:" + socket.getLocalPort());
		}
	}

	private static void answerSearch(ResponseDefinitionBuilder response) {
		welfare.stubFor(Fixtures.searchWithToken(Fixtures.TOKEN).willReturn(response));
	}

	private static void answerDetails(ResponseDefinitionBuilder response) {
		welfare.stubFor(Fixtures.detailsWithToken("1048576", Fixtures.TOKEN).willReturn(response));
	}

	private SourceException searchFailure() {
		Throwable failure = Fixtures.failureOf(this.connector.searchPeople(SEARCH));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

	private SourceException detailsFailure() {
		Throwable failure = Fixtures.failureOf(this.connector.personDetails("1048576"));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

}
