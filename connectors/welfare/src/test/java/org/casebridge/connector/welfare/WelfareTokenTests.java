package org.casebridge.connector.welfare;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.http.Outcomes;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency's OAuth2 client-credentials token: obtained once, shared, renewed before it
 * expires or when the agency refuses it, and never written anywhere.
 */
class WelfareTokenTests {

	private static final WireMockServer welfare = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final PersonSearch SEARCH = new PersonSearch(null, "Rivera", null, null, null);

	private final Fixtures.MovableClock clock = new Fixtures.MovableClock();

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

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
		this.connector = Fixtures.connector(welfare, this.clock, Duration.ofSeconds(2));
		Logger connectorLogger = (Logger) LoggerFactory.getLogger("org.casebridge");
		connectorLogger.setLevel(Level.DEBUG);
		connectorLogger.setAdditive(false);
		this.logs.start();
		connectorLogger.addAppender(this.logs);
	}

	@AfterEach
	void noCredentialIsEverLogged() {
		Logger connectorLogger = (Logger) LoggerFactory.getLogger("org.casebridge");
		connectorLogger.detachAppender(this.logs);
		connectorLogger.setLevel(null);
		connectorLogger.setAdditive(true);
		assertThat(this.logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.noneMatch((line) -> line.contains(Fixtures.TOKEN) || line.contains(Fixtures.RENEWED_TOKEN)
					|| line.contains(Fixtures.CLIENT_SECRET));
	}

	@Test
	void aTokenIsFetchedOnceAndReusedAcrossCalls() {
		Fixtures.stubToken(welfare);
		welfare
			.stubFor(Fixtures.searchWithToken(Fixtures.TOKEN).willReturn(Fixtures.jsonFixture("persons-search.json")));

		for (int i = 0; i < 3; i++) {
			assertThat(Outcomes.valueOf(this.connector.searchPeople(SEARCH))).hasSize(3);
		}
		this.clock.advance(Duration.ofSeconds(200));
		assertThat(Outcomes.valueOf(this.connector.searchPeople(SEARCH))).hasSize(3);

		welfare.verify(exactly(1), postRequestedFor(urlPathEqualTo(Fixtures.TOKEN_PATH)));
		welfare.verify(exactly(4), getRequestedFor(urlPathEqualTo(Fixtures.SEARCH_PATH)));
	}

	@Test
	void twentyConcurrentFirstCallsCauseOneTokenRequest() {
		welfare.stubFor(Fixtures.tokenRequest().willReturn(okJson(Fixtures.json("token.json")).withFixedDelay(300)));
		welfare
			.stubFor(Fixtures.searchWithToken(Fixtures.TOKEN).willReturn(Fixtures.jsonFixture("persons-search.json")));

		List<CompletableFuture<List<PersonRecord>>> calls = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			calls.add(this.connector.searchPeople(SEARCH));
		}

		assertThat(calls).allSatisfy((call) -> assertThat(Outcomes.valueOf(call)).hasSize(3));
		welfare.verify(exactly(1), postRequestedFor(urlPathEqualTo(Fixtures.TOKEN_PATH)));
		welfare.verify(exactly(20), getRequestedFor(urlPathEqualTo(Fixtures.SEARCH_PATH)));
	}

	@Test
	void aTokenIsRenewedShortlyBeforeItExpires() {
		stubTwoTokens();
		welfare
			.stubFor(Fixtures.searchWithToken(Fixtures.TOKEN).willReturn(Fixtures.jsonFixture("persons-search.json")));
		welfare.stubFor(Fixtures.searchWithToken(Fixtures.RENEWED_TOKEN)
			.willReturn(Fixtures.jsonFixture("persons-search-empty.json")));

		assertThat(Outcomes.valueOf(this.connector.searchPeople(SEARCH))).hasSize(3);
		this.clock.advance(Duration.ofSeconds(269));
		assertThat(Outcomes.valueOf(this.connector.searchPeople(SEARCH))).hasSize(3);
		welfare.verify(exactly(1), postRequestedFor(urlPathEqualTo(Fixtures.TOKEN_PATH)));

		this.clock.advance(Duration.ofSeconds(2));
		assertThat(Outcomes.valueOf(this.connector.searchPeople(SEARCH))).isEmpty();
		welfare.verify(exactly(2), postRequestedFor(urlPathEqualTo(Fixtures.TOKEN_PATH)));
	}

	@Test
	void aRefusedTokenIsRenewedAndTheCallSentOnceMore() {
		stubTwoTokens();
		welfare.stubFor(Fixtures.searchWithToken(Fixtures.TOKEN)
			.willReturn(aResponse().withStatus(401).withBody(Fixtures.json("invalid-token.json"))));
		welfare.stubFor(Fixtures.searchWithToken(Fixtures.RENEWED_TOKEN)
			.willReturn(Fixtures.jsonFixture("persons-search.json")));

		assertThat(Outcomes.valueOf(this.connector.searchPeople(SEARCH))).hasSize(3);
		assertThat(Outcomes.valueOf(this.connector.searchPeople(SEARCH))).hasSize(3);

		welfare.verify(exactly(2), postRequestedFor(urlPathEqualTo(Fixtures.TOKEN_PATH)));
		welfare.verify(exactly(1), Fixtures.searchRequestedWith(Fixtures.TOKEN));
		welfare.verify(exactly(2), Fixtures.searchRequestedWith(Fixtures.RENEWED_TOKEN));
	}

	@Test
	void manyCallsRefusedAtOnceRenewTheTokenOnce() {
		stubTwoTokens();
		welfare.stubFor(Fixtures.searchWithToken(Fixtures.TOKEN)
			.willReturn(aResponse().withStatus(401).withBody(Fixtures.json("invalid-token.json")).withFixedDelay(100)));
		welfare.stubFor(Fixtures.searchWithToken(Fixtures.RENEWED_TOKEN)
			.willReturn(Fixtures.jsonFixture("persons-search.json")));

		List<CompletableFuture<List<PersonRecord>>> calls = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			calls.add(this.connector.searchPeople(SEARCH));
		}

		assertThat(calls).allSatisfy((call) -> assertThat(Outcomes.valueOf(call)).hasSize(3));
		welfare.verify(exactly(2), postRequestedFor(urlPathEqualTo(Fixtures.TOKEN_PATH)));
		welfare.verify(exactly(10), Fixtures.searchRequestedWith(Fixtures.RENEWED_TOKEN));
	}

	@Test
	void aSecondRefusalIsRejectedWithoutAThirdAttempt() {
		stubTwoTokens();
		welfare.stubFor(Fixtures.searchWithToken(Fixtures.TOKEN)
			.willReturn(aResponse().withStatus(401).withBody(Fixtures.json("invalid-token.json"))));
		welfare.stubFor(Fixtures.searchWithToken(Fixtures.RENEWED_TOKEN)
			.willReturn(aResponse().withStatus(401).withBody(Fixtures.json("invalid-token.json"))));

		Throwable failure = Outcomes.failureOf(this.connector.searchPeople(SEARCH));

		assertThat(failure).isInstanceOf(SourceException.Rejected.class);
		assertThat(((SourceException) failure).retryable()).isFalse();
		welfare.verify(exactly(2), getRequestedFor(urlPathEqualTo(Fixtures.SEARCH_PATH)));
		welfare.verify(exactly(2), postRequestedFor(urlPathEqualTo(Fixtures.TOKEN_PATH)));
	}

	@Test
	void aForbiddenCallIsRejectedWithoutRenewingTheToken() {
		Fixtures.stubToken(welfare);
		welfare.stubFor(Fixtures.searchWithToken(Fixtures.TOKEN)
			.willReturn(aResponse().withStatus(403).withBody("{\"error\":\"insufficient_scope\"}")));

		assertThat(Outcomes.failureOf(this.connector.searchPeople(SEARCH)))
			.isInstanceOf(SourceException.Rejected.class);
		welfare.verify(exactly(1), postRequestedFor(urlPathEqualTo(Fixtures.TOKEN_PATH)));
		welfare.verify(exactly(1), getRequestedFor(urlPathEqualTo(Fixtures.SEARCH_PATH)));
	}

	@Test
	void badClientCredentialsAreRejectedAndNoBusinessCallIsMade() {
		Fixtures.stubToken(welfare);
		welfare.stubFor(post(urlPathEqualTo(Fixtures.TOKEN_PATH)).atPriority(10)
			.willReturn(aResponse().withStatus(401).withBody(Fixtures.json("token-invalid-client.json"))));
		WelfareSettings good = Fixtures.settings(welfare, Duration.ofSeconds(2));
		WelfareConnector wrongSecret = new WelfareConnector(new WelfareSettings(good.baseUri(), good.tokenUri(),
				good.clientId(), "not-the-secret", good.connectTimeout(), good.responseTimeout()), this.clock);

		Throwable failure = Outcomes.failureOf(wrongSecret.searchPeople(SEARCH));

		assertThat(failure).isInstanceOf(SourceException.Rejected.class);
		assertThat(failure.getMessage()).doesNotContain("not-the-secret");
		welfare.verify(exactly(0), getRequestedFor(urlPathEqualTo(Fixtures.SEARCH_PATH)));
	}

	@Test
	void aFailedTokenRequestIsNotRemembered() {
		welfare.stubFor(Fixtures.tokenRequest()
			.inScenario("token")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("recovered")
			.willReturn(aResponse().withStatus(503)));
		welfare.stubFor(Fixtures.tokenRequest()
			.inScenario("token")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(Fixtures.json("token.json"))));
		welfare
			.stubFor(Fixtures.searchWithToken(Fixtures.TOKEN).willReturn(Fixtures.jsonFixture("persons-search.json")));

		assertThat(Outcomes.failureOf(this.connector.searchPeople(SEARCH)))
			.isInstanceOf(SourceException.Unavailable.class);
		assertThat(Outcomes.valueOf(this.connector.searchPeople(SEARCH))).hasSize(3);
		welfare.verify(exactly(2), postRequestedFor(urlPathEqualTo(Fixtures.TOKEN_PATH)));
	}

	@Test
	void anUnusableTokenAnswerIsABadPayload() {
		welfare.stubFor(Fixtures.tokenRequest()
			.willReturn(okJson(
					"{\"access_token\":\"abc\\r\\nX-Injected: 1\",\"token_type\":\"Bearer\",\"expires_in\":300}")));

		Throwable failure = Outcomes.failureOf(this.connector.searchPeople(SEARCH));

		assertThat(failure).isInstanceOf(SourceException.BadPayload.class);
		welfare.verify(exactly(0), getRequestedFor(urlPathEqualTo(Fixtures.SEARCH_PATH)));
	}

	@Test
	void aTokenOfAnotherTypeIsABadPayload() {
		welfare.stubFor(Fixtures.tokenRequest()
			.willReturn(okJson("{\"access_token\":\"abc\",\"token_type\":\"MAC\",\"expires_in\":300}")));

		assertThat(Outcomes.failureOf(this.connector.searchPeople(SEARCH)))
			.isInstanceOf(SourceException.BadPayload.class);
	}

	@Test
	void theTokenIsNeverInAFailureMessage() {
		Fixtures.stubToken(welfare);
		welfare.stubFor(Fixtures.searchWithToken(Fixtures.TOKEN).willReturn(aResponse().withStatus(500)));

		Throwable failure = Outcomes.failureOf(this.connector.searchPeople(SEARCH));

		assertThat(failure).isInstanceOf(SourceException.Unavailable.class);
		assertThat(failure.getMessage()).doesNotContain(Fixtures.TOKEN)
			.doesNotContain(Fixtures.CLIENT_SECRET)
			.doesNotContain(URI.create(welfare.baseUrl()).getHost());
	}

	private static void stubTwoTokens() {
		welfare.stubFor(Fixtures.tokenRequest()
			.inScenario("tokens")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("renewed")
			.willReturn(okJson(Fixtures.json("token.json"))));
		welfare.stubFor(Fixtures.tokenRequest()
			.inScenario("tokens")
			.whenScenarioStateIs("renewed")
			.willReturn(okJson(Fixtures.json("token-renewed.json"))));
	}

}
