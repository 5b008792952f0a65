package org.casebridge.connector.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.casebridge.connector.AgencyConnector;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.model.PersonSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way an agency can fail at the HTTP level, classified as the gateway's resilience
 * policy expects and worded as the connector's {@link Wording} says, with messages that
 * carry no address and no personal data. Each connector's failure tests extend this kit
 * against a real HTTP server (WireMock), say how to build the connector and how its
 * search is requested, and keep only their agency's own cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TransportFailureTests {

	/** Whom the searches look for; no failure message may repeat any of it. */
	protected static final PersonSearch SEARCH = new PersonSearch("Ana", "Rivera", null, "900123456", null);

	/**
	 * Short, so that a slow agency costs each test little; long enough for a token
	 * request and a search on a loaded machine.
	 */
	protected static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(1);

	/** The simulated agency, one per test class, reset before each test. */
	protected final WireMockServer agency = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	/** The connector under test, over the simulated agency. */
	protected AgencyConnector connector;

	/**
	 * @param baseUri the simulated agency's address, {@code http://127.0.0.1:<port>}
	 * @param responseTimeout the response timeout to configure
	 * @return the connector, with a clock fixed at 2026-11-05T18:30:00Z
	 */
	protected abstract AgencyConnector connector(String baseUri, Duration responseTimeout);

	/**
	 * @return how the connector's search reaches the agency
	 */
	protected abstract MappingBuilder searchRequest();

	/**
	 * @return a valid answer to the search that finds no one
	 */
	protected abstract ResponseDefinitionBuilder emptySearchAnswer();

	/**
	 * @return how the connector words its failures
	 */
	protected abstract Wording wording();

	/**
	 * @return the search's call, as {@link Wording#CALL} names it
	 */
	protected abstract String searchCall();

	@BeforeAll
	void startAgency() {
		this.agency.start();
	}

	@AfterAll
	void stopAgency() {
		this.agency.stop();
	}

	@BeforeEach
	void resetAgency() {
		this.agency.resetAll();
		this.connector = connector(baseUri(), RESPONSE_TIMEOUT);
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503, 504 })
	void aServerErrorIsUnavailable(int status) {
		answerSearch(aResponse().withStatus(status).withBody("<!DOCTYPE html><html>down for maintenance</html>"));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.Unavailable.class)
			.hasMessage(worded("answered " + status, " answered " + status));
		assertThat(failure.retryable()).isTrue();
		assertNoAddressNorPersonalData(failure);
	}

	@Test
	void rateLimitingCarriesTheAgencysRetryAfter() {
		answerSearch(
				aResponse().withStatus(429).withHeader("Retry-After", "7").withBody("{\"error\":\"RATE_LIMITED\"}"));

		SourceException.RateLimited failure = rateLimited();

		assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
		assertThat(failure.state()).isEqualTo(SourceState.UNAVAILABLE);
		assertThat(failure.retryable()).isTrue();
	}

	@Test
	void rateLimitingAcceptsRetryAfterAsAnHttpDateCountedFromTheClock() {
		answerSearch(aResponse().withStatus(429).withHeader("Retry-After", "Thu, 05 Nov 2026 18:30:30 GMT"));

		assertThat(rateLimited().retryAfter()).contains(Duration.ofSeconds(30));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "soon", "later", "-1", "-5", "1.5", "2.5", "99999999999999" })
	void rateLimitingWithAnUnreadableRetryAfterGivesNoAdvice(String retryAfter) {
		answerSearch(aResponse().withStatus(429).withHeader("Retry-After", retryAfter));

		assertThat(rateLimited().retryAfter()).isEmpty();
	}

	@Test
	void rateLimitingWithoutRetryAfterGivesNoAdvice() {
		answerSearch(aResponse().withStatus(429));

		assertThat(rateLimited().retryAfter()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 401, 403 })
	void refusedCredentialsAreRejected(int status) {
		answerSearch(aResponse().withStatus(status));

		assertThat(searchFailure()).isInstanceOf(SourceException.Rejected.class)
			.hasMessage(worded("refused the connector (" + status + ")", ": credentials refused (" + status + ")"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 204, 302, 400, 404 })
	void anUnexpectedStatusOnASearchIsABadPayload(int status) {
		answerSearch(aResponse().withStatus(status).withHeader("Location", "http://elsewhere.example"));

		SourceException failure = searchFailure();

		assertThat(failure).hasMessage(worded("answered unexpected status " + status, ": unexpected status " + status));
		assertBadPayloadWithoutPersonalData(failure);
	}

	@ParameterizedTest
	@EnumSource(names = { "CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE" })
	void aBrokenConnectionIsUnavailable(Fault fault) {
		answerSearch(aResponse().withFault(fault));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.Unavailable.class)
			.hasMessageStartingWith(worded("could not be reached (", ": not reachable ("));
		assertThat(failure.retryable()).isTrue();
		assertNoAddressNorPersonalData(failure);
	}

	@Test
	void anAnswerSlowerThanTheResponseTimeoutTimesOut() {
		answerSearch(emptySearchAnswer().withFixedDelay(3_000));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.TimedOut.class)
			.hasMessage(worded("did not answer in time", ": no answer within the response timeout"));
		assertThat(failure.state()).isEqualTo(SourceState.TIMEOUT);
	}

	@Test
	void aRefusedConnectionIsUnavailable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		AgencyConnector unreachable = connector("http://127.0.0.1:" + closedPort, RESPONSE_TIMEOUT);

		Throwable failure = failureOf(unreachable.searchPeople(SEARCH));

		assertThat(failure).isInstanceOf(SourceException.Unavailable.class);
		assertThat(((SourceException) failure).retryable()).isTrue();
		if (wording() == Wording.AGENCY) {
			assertThat(failure.getMessage()).startsWith(this.connector.source().id() + " could not be reached (");
		}
		else {
			assertThat(failure.getMessage()).contains(": not reachable (");
		}
		assertThat(failure.getMessage()).doesNotContain("127.0.0.1").doesNotContain(String.valueOf(closedPort));
	}

	@Test
	void anEmptyOkBodyIsABadPayload() {
		answerSearch(aResponse().withStatus(200));

		assertBadPayloadWithoutPersonalData(searchFailure());
	}

	@Test
	void aBodyOverTheLimitIsABadPayloadNotAnOutOfMemoryError() {
		// streaming several megabytes must not race the short timeout the other tests use
		this.connector = connector(baseUri(), Duration.ofSeconds(20));
		answerSearch(okJson("[" + "{},".repeat(AgencyExchange.BODY_LIMIT / 3 + 1) + "{}]"));

		SourceException failure = searchFailure();

		assertThat(failure).hasMessage(worded(
				"answered with a body larger than " + AgencyExchange.BODY_LIMIT + " bytes", ": answer too large"));
		assertBadPayloadWithoutPersonalData(failure);
	}

	/** Makes the agency answer the connector's search so. */
	protected final void answerSearch(ResponseDefinitionBuilder response) {
		this.agency.stubFor(searchRequest().willReturn(response));
	}

	/** The source exception the connector's search fails with. */
	protected final SourceException searchFailure() {
		Throwable failure = failureOf(this.connector.searchPeople(SEARCH));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

	protected final String baseUri() {
		return "http://127.0.0.1:" + this.agency.port();
	}

	/**
	 * A bad payload, which is not worth retrying, with a message that quotes neither the
	 * payload nor the request and no cause that could.
	 */
	protected static void assertBadPayloadWithoutPersonalData(SourceException failure) {
		assertThat(failure).isInstanceOf(SourceException.BadPayload.class);
		assertThat(failure.state()).isEqualTo(SourceState.ERROR);
		assertThat(failure.retryable()).isFalse();
		assertThat(failure.getCause()).isNull();
		assertNoAddressNorPersonalData(failure);
	}

	protected static void assertNoAddressNorPersonalData(Throwable failure) {
		assertThat(failure.getMessage()).doesNotContain("127.0.0.1", "Rivera", "RIVERA", "Ana", "ANA", "900123456");
	}

	/** The exception a future failed with, unwrapped; fails if the future succeeds. */
	protected static Throwable failureOf(CompletableFuture<?> future) {
		return Outcomes.failureOf(future);
	}

	private SourceException.RateLimited rateLimited() {
		SourceException failure = searchFailure();
		assertThat(failure).isInstanceOf(SourceException.RateLimited.class);
		return (SourceException.RateLimited) failure;
	}

	/** The message as each wording words it: after the agency's id, or after the call. */
	private String worded(String afterAgency, String afterCall) {
		return (wording() == Wording.AGENCY) ? this.connector.source().id() + " " + afterAgency
				: searchCall() + afterCall;
	}

}
