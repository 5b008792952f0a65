package org.casebridge.connector.welfare;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.casebridge.connector.AgencyConnector;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.http.TransportFailureTests;
import org.casebridge.connector.http.Wording;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the agency can fail, classified as the gateway's resilience policy expects,
 * with messages that carry no personal data and no address: the transport failures every
 * connector shares, and the agency's token endpoint and JSON.
 */
class WelfareFailureTests extends TransportFailureTests {

	@Override
	protected AgencyConnector connector(String baseUri, Duration responseTimeout) {
		return new WelfareConnector(Fixtures.settings(baseUri, responseTimeout), Fixtures.CLOCK);
	}

	@Override
	protected MappingBuilder searchRequest() {
		return Fixtures.searchWithToken(Fixtures.TOKEN);
	}

	@Override
	protected ResponseDefinitionBuilder emptySearchAnswer() {
		return okJson("{\"results\": []}");
	}

	@Override
	protected Wording wording() {
		return Wording.CALL;
	}

	@Override
	protected String searchCall() {
		return "person search";
	}

	@BeforeEach
	void stubToken() {
		Fixtures.stubToken(this.agency);
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
	void aBodyThatTricklesInBeyondTheTimeoutTimesOut() {
		answerSearch(Fixtures.jsonFixture("persons-search.json").withChunkedDribbleDelay(20, 4000));

		assertThat(searchFailure()).isInstanceOf(SourceException.TimedOut.class);
	}

	@Test
	void aSlowTokenEndpointTimesOut() {
		this.agency
			.stubFor(Fixtures.tokenRequest().willReturn(okJson(Fixtures.json("token.json")).withFixedDelay(4000)));

		assertThat(searchFailure()).isInstanceOf(SourceException.TimedOut.class);
	}

	@Test
	void aRefusedConnectionAfterTheTokenIsUnavailable() throws IOException {
		WelfareSettings working = Fixtures.settings(baseUri(), RESPONSE_TIMEOUT);
		WelfareConnector unreachable = new WelfareConnector(new WelfareSettings(closedPort(), working.tokenUri(),
				Fixtures.CLIENT_ID, Fixtures.CLIENT_SECRET, Duration.ofSeconds(1), Duration.ofSeconds(1)),
				Fixtures.CLOCK);

		assertUnavailableWithoutAddress(failureOf(unreachable.personDetails("1048576")));
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

	private void answerDetails(ResponseDefinitionBuilder response) {
		this.agency.stubFor(Fixtures.detailsWithToken("1048576", Fixtures.TOKEN).willReturn(response));
	}

	private SourceException detailsFailure() {
		Throwable failure = failureOf(this.connector.personDetails("1048576"));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

}
