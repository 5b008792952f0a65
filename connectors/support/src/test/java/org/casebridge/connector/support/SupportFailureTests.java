package org.casebridge.connector.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

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
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the agency can fail, classified as the gateway's resilience policy expects.
 */
class SupportFailureTests {

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
	void anUnknownMemberIsNotFound() {
		answerDetails(aResponse().withStatus(404).withBody("{\"error\":\"MEMBER_NOT_FOUND\"}"));

		SourceException failure = detailsFailure();

		assertThat(failure).isInstanceOf(SourceException.NotFound.class);
		assertThat(failure.state()).isEqualTo(SourceState.NOT_FOUND);
		assertThat(failure.source()).isEqualTo(Source.SUPPORT);
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503 })
	void aServerErrorIsUnavailable(int status) {
		answerSearch(aResponse().withStatus(status).withBody("<html>down for maintenance</html>"));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.Unavailable.class).hasMessage("support answered " + status);
		assertThat(failure.retryable()).isTrue();
	}

	@Test
	void rateLimitingCarriesTheAgencysRetryAfter() {
		answerSearch(
				aResponse().withStatus(429).withHeader("Retry-After", "7").withBody("{\"error\":\"RATE_LIMITED\"}"));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.RateLimited.class);
		assertThat(((SourceException.RateLimited) failure).retryAfter()).contains(Duration.ofSeconds(7));
	}

	@Test
	void rateLimitingAcceptsRetryAfterAsAnHttpDate() {
		answerSearch(aResponse().withStatus(429).withHeader("Retry-After", "Thu, 05 Nov 2026 18:30:30 GMT"));

		SourceException failure = searchFailure();

		assertThat(((SourceException.RateLimited) failure).retryAfter()).contains(Duration.ofSeconds(30));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "soon", "-3", "1.5", "99999999999999" })
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

	@ParameterizedTest
	@ValueSource(ints = { 204, 302, 400, 404 })
	void anUnexpectedStatusOnASearchIsABadPayload(int status) {
		answerSearch(aResponse().withStatus(status).withHeader("Location", "http://elsewhere.example"));

		assertThat(searchFailure()).isInstanceOf(SourceException.BadPayload.class)
			.hasMessage("support answered unexpected status " + status);
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
	void garbageInsteadOfHttpIsUnavailable() {
		answerSearch(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

		assertThat(searchFailure()).isInstanceOf(SourceException.Unavailable.class);
	}

	@Test
	void anAnswerSlowerThanTheResponseTimeoutTimesOut() {
		answerSearch(okJson("{\"members\": []}").withFixedDelay(2_000));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.TimedOut.class).hasMessage("support did not answer in time");
		assertThat(failure.state()).isEqualTo(SourceState.TIMEOUT);
	}

	@Test
	void aRefusedConnectionIsUnavailable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		SupportConnector unreachable = Fixtures.connector("http://127.0.0.1:" + closedPort, Duration.ofSeconds(1));

		Throwable failure = Fixtures.failureOf(unreachable.searchPeople(SEARCH));

		assertThat(failure).isInstanceOf(SourceException.Unavailable.class);
		assertThat(failure.getMessage()).startsWith("support could not be reached")
			.doesNotContain("127.0.0.1")
			.doesNotContain(String.valueOf(closedPort));
	}

	@Test
	void failureMessagesNeverNameTheAgencyAddress() {
		answerSearch(aResponse().withStatus(503));
		answerDetails(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

		assertThat(searchFailure().getMessage()).doesNotContain("127.0.0.1").doesNotContain("/api/");
		assertThat(detailsFailure().getMessage()).doesNotContain("127.0.0.1").doesNotContain("/api/");
	}

	private static void answerSearch(ResponseDefinitionBuilder response) {
		support.stubFor(get(urlPathEqualTo("/api/v2/members")).willReturn(response));
	}

	private static void answerDetails(ResponseDefinitionBuilder response) {
		support.stubFor(get(urlPathMatching("/api/v2/members/M[0-9]{7}")).willReturn(response));
	}

	private SourceException searchFailure() {
		Throwable failure = Fixtures.failureOf(this.connector.searchPeople(SEARCH));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

	private SourceException detailsFailure() {
		Throwable failure = Fixtures.failureOf(this.connector.personDetails("M0012345"));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

}
