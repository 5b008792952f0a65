package org.casebridge.connector.locate;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.model.PersonSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** Every way the locate service can fail to answer, classified as the gateway expects. */
class LocateFailureTests {

	private static final WireMockServer locate = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final PersonSearch SEARCH = new PersonSearch("Ana", "Rivera", null, "900123456", null);

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
	void anUnknownSubjectIsNotFound() {
		locate.stubFor(get(urlPathEqualTo("/locate/v1/subjects/L-7f3a9c21/records"))
			.willReturn(aResponse().withStatus(404).withBody("{\"error\":\"SUBJECT_NOT_FOUND\"}")));

		Throwable failure = Fixtures.failureOf(this.connector.personDetails("L-7f3a9c21"));

		assertThat(failure).isInstanceOf(SourceException.NotFound.class);
		assertThat(((SourceException) failure).source()).isEqualTo(Source.LOCATE);
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 503 })
	void aServerErrorIsUnavailable(int status) {
		answerSearch(aResponse().withStatus(status));

		assertThat(searchFailure()).isInstanceOf(SourceException.Unavailable.class)
			.hasMessage("locate answered " + status);
	}

	@Test
	void rateLimitingCarriesTheAgencysRetryAfter() {
		answerSearch(
				aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("{\"error\":\"RATE_LIMITED\"}"));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.RateLimited.class);
		assertThat(((SourceException.RateLimited) failure).retryAfter()).contains(Duration.ofSeconds(1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "later", "-1" })
	void rateLimitingWithoutAReadableRetryAfterGivesNoAdvice(String retryAfter) {
		answerSearch(retryAfter.isEmpty() ? aResponse().withStatus(429)
				: aResponse().withStatus(429).withHeader("Retry-After", retryAfter));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.RateLimited.class);
		assertThat(((SourceException.RateLimited) failure).retryAfter()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 401, 403 })
	void refusedCredentialsAreRejected(int status) {
		answerSearch(aResponse().withStatus(status));

		assertThat(searchFailure()).isInstanceOf(SourceException.Rejected.class);
	}

	@Test
	void aResetConnectionIsUnavailable() {
		answerSearch(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

		assertThat(searchFailure()).isInstanceOf(SourceException.Unavailable.class);
	}

	@Test
	void aClosedConnectionWithoutAnswerIsUnavailable() {
		answerSearch(aResponse().withFault(Fault.EMPTY_RESPONSE));

		assertThat(searchFailure()).isInstanceOf(SourceException.Unavailable.class);
	}

	@Test
	void anAnswerSlowerThanTheResponseTimeoutTimesOut() {
		answerSearch(okJson("{\"items\": [], \"page\": 0, \"totalPages\": 0}").withFixedDelay(2_000));

		assertThat(searchFailure()).isInstanceOf(SourceException.TimedOut.class)
			.hasMessage("locate did not answer in time");
	}

	@Test
	void aRefusedConnectionIsUnavailable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		LocateConnector unreachable = Fixtures.connector("http://127.0.0.1:" + closedPort, Duration.ofSeconds(1), 2, 5);

		Throwable failure = Fixtures.failureOf(unreachable.personDetails("L-7f3a9c21"));

		assertThat(failure).isInstanceOf(SourceException.Unavailable.class);
		assertThat(failure.getMessage()).doesNotContain("127.0.0.1").doesNotContain(String.valueOf(closedPort));
	}

	@Test
	void truncatedJsonIsABadPayloadThatQuotesNothing() {
		answerSearch(
				okJson("{\"items\": [{\"subjectKey\": \"L-7f3a9c21\", \"ssn\": \"900123456\", \"surname\": \"RIV"));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.BadPayload.class)
			.hasMessageStartingWith("locate answered unreadable JSON");
		assertThat(failure.getMessage()).doesNotContain("RIV").doesNotContain("900123456");
	}

	@Test
	void aBodyOverTheLimitIsABadPayloadNotAnOutOfMemoryError() {
		// streaming several megabytes must not race the short timeout the other tests use
		this.connector = Fixtures.connector(locate, Duration.ofSeconds(20), 2, 5);
		String huge = "{\"items\": [" + "{\"subjectKey\": \"L-7f3a9c21\"},".repeat(200_000) + "]}";
		answerSearch(okJson(huge));

		assertThat(searchFailure()).isInstanceOf(SourceException.BadPayload.class).hasMessageContaining("larger than");
	}

	private static void answerSearch(ResponseDefinitionBuilder response) {
		locate.stubFor(get(urlPathEqualTo("/locate/v1/subjects")).willReturn(response));
	}

	private SourceException searchFailure() {
		Throwable failure = Fixtures.failureOf(this.connector.searchPeople(SEARCH));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

}
