package org.casebridge.connector.vitals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
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
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the registry can fail, at the HTTP and at the SOAP level, classified as the
 * gateway's resilience policy expects, with messages that carry no personal data.
 */
class VitalsFailureTests {

	private static final WireMockServer vitals = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final PersonSearch SEARCH = new PersonSearch("Ana", "Rivera", null, "900123456", null);

	private VitalsConnector connector;

	@BeforeAll
	static void start() {
		vitals.start();
	}

	@AfterAll
	static void stop() {
		vitals.stop();
	}

	@BeforeEach
	void reset() {
		vitals.resetAll();
		this.connector = Fixtures.connector(vitals, Duration.ofSeconds(1));
	}

	@Test
	void anUnknownRegistrantIsNotFound() {
		answerDetails(Fixtures.soap(500, Fixtures.xml("fault-registrant-not-found.xml")));

		SourceException failure = detailsFailure();

		assertThat(failure).isInstanceOf(SourceException.NotFound.class);
		assertThat(failure.state()).isEqualTo(SourceState.NOT_FOUND);
		assertThat(failure.source()).isEqualTo(Source.VITALS);
	}

	@Test
	void aNotFoundFaultIsRecognisedEvenWithSuccessStatus() {
		answerDetails(Fixtures.soap(200, Fixtures.xml("fault-registrant-not-found.xml")));

		assertThat(detailsFailure()).isInstanceOf(SourceException.NotFound.class);
	}

	@Test
	void aServerFaultIsUnavailable() {
		answerSearch(Fixtures.soap(500, Fixtures.xml("fault-server.xml")));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.Unavailable.class);
		assertThat(failure.retryable()).isTrue();
		assertThat(failure.getMessage()).doesNotContain("database");
	}

	@Test
	void aClientFaultIsABadPayloadThatDoesNotRepeatTheFaultString() {
		answerSearch(Fixtures.soap(500, Fixtures.xml("fault-client.xml")));

		SourceException failure = searchFailure();

		assertBadPayloadWithoutPersonalData(failure);
		assertThat(failure.getMessage()).contains("Client").doesNotContain("1988").doesNotContain("Invalid");
	}

	@ParameterizedTest
	@ValueSource(ints = { 500, 502, 503, 504 })
	void aServerErrorWithoutAFaultIsUnavailable(int status) {
		answerSearch(aResponse().withStatus(status).withBody("<!DOCTYPE html><html>down for maintenance</html>"));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.Unavailable.class);
		assertThat(failure.getMessage()).contains(String.valueOf(status));
	}

	@Test
	void rateLimitingCarriesTheRegistrysRetryAfter() {
		answerSearch(aResponse().withStatus(429).withHeader("Retry-After", "3"));

		assertThat(rateLimited().retryAfter()).contains(Duration.ofSeconds(3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "later", "-1", "2.5" })
	void rateLimitingWithUnreadableRetryAfterGivesNoAdvice(String retryAfter) {
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
	void refusedAccessIsRejected(int status) {
		answerSearch(aResponse().withStatus(status));

		assertThat(searchFailure()).isInstanceOf(SourceException.Rejected.class);
	}

	@Test
	void aMissingEndpointIsAnErrorNotAnEmptyAnswer() {
		answerDetails(aResponse().withStatus(404));

		assertThat(detailsFailure()).isInstanceOf(SourceException.BadPayload.class);
	}

	@Test
	void aTruncatedBodyIsABadPayload() {
		answerSearch(Fixtures.soap(200, Fixtures.xml("search-registrants.xml").substring(0, 400)));

		assertBadPayloadWithoutPersonalData(searchFailure());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"results\": []}", "<html><body>hello</body></html>",
			"<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body/></soap:Envelope>",
			"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"/>",
			"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
					+ "<v:GetRegistrantResponse xmlns:v=\"urn:state:vitals:registry:v1\"/></soap:Body></soap:Envelope>",
			"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
					+ "<SearchRegistrantsResponse/></soap:Body></soap:Envelope>" })
	void aBodyOfTheWrongShapeIsABadPayload(String body) {
		answerSearch(Fixtures.soap(200, body));

		assertBadPayloadWithoutPersonalData(searchFailure());
	}

	@ParameterizedTest
	@ValueSource(strings = { "<v:RegistrantId>VR-00012345</v:RegistrantId>", "<v:Surname><b>Rivera</b></v:Surname>",
			"<v:Surname>Rivera</v:Surname><v:Surname>Soto</v:Surname>", "<v:BirthDate>19880230</v:BirthDate>",
			"<v:BirthDate>1988-04-17</v:BirthDate>", "<v:LastModified>yesterday</v:LastModified>" })
	void aRegistrantThatBreaksTheContractIsABadPayload(String broken) {
		String original = switch (broken.substring(0, 6)) {
			case "<v:Reg" -> "<v:RegistrantId>VR-00012345</v:RegistrantId>";
			case "<v:Sur" -> "<v:Surname>Rivera</v:Surname>";
			case "<v:Bir" -> "<v:BirthDate>19880417</v:BirthDate>";
			default -> "<v:LastModified>2026-09-12T16:00:00Z</v:LastModified>";
		};
		String replacement = broken.startsWith("<v:Reg") ? "" : broken;
		answerSearch(Fixtures.soap(200, Fixtures.xml("search-registrants.xml").replaceFirst(original, replacement)));

		SourceException failure = searchFailure();

		assertBadPayloadWithoutPersonalData(failure);
		assertThat(failure.getMessage()).doesNotContain("1988").doesNotContain("yesterday");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<v:Probability>high</v:Probability>", "<v:Probability>NaN</v:Probability>",
			"<v:TestDate>20180231</v:TestDate>", "<v:CertificateNumber/>" })
	void aBirthRecordThatBreaksTheContractIsABadPayload(String broken) {
		String original = switch (broken.substring(0, 5)) {
			case "<v:Pr" -> "<v:Probability/>";
			case "<v:Te" -> "<v:TestDate>20180901</v:TestDate>";
			default -> "<v:CertificateNumber>B-2018-0012345</v:CertificateNumber>";
		};
		answerDetails(Fixtures.soap(200, Fixtures.xml("registrant-VR-00012345.xml").replaceFirst(original, broken)));

		assertBadPayloadWithoutPersonalData(detailsFailure());
	}

	@Test
	void detailsOfAnotherRegistrantAreABadPayload() {
		answerDetails(Fixtures.soap(200,
				Fixtures.xml("registrant-VR-00012345.xml").replaceFirst("VR-00012345", "VR-00099999")));

		assertBadPayloadWithoutPersonalData(detailsFailure());
	}

	@Test
	void detailsWithoutTheRegistrantAreABadPayload() {
		answerDetails(Fixtures.soap(200,
				Fixtures.xml("registrant-VR-00012345.xml").replaceFirst("(?s)<v:Registrant>.*?</v:Registrant>", "")));

		assertBadPayloadWithoutPersonalData(detailsFailure());
	}

	@Test
	void anExternalEntityIsRefusedAndNeverRead() {
		answerSearch(Fixtures.soap(200, Fixtures.xml("xxe-file.xml")));

		SourceException failure = searchFailure();

		assertBadPayloadWithoutPersonalData(failure);
		assertThat(failure.getMessage()).contains("DOCTYPE").doesNotContain("root:");
	}

	@Test
	void anExternalDtdIsNeverFetched() {
		String ssrf = "<?xml version=\"1.0\"?><!DOCTYPE soap:Envelope SYSTEM \"http://127.0.0.1:" + vitals.port()
				+ "/evil.dtd\">" + Fixtures.xml("search-empty.xml").replaceFirst("<\\?xml[^>]*>", "");
		answerSearch(Fixtures.soap(200, ssrf));

		assertThat(searchFailure()).isInstanceOf(SourceException.BadPayload.class);
		vitals.verify(exactly(0), anyRequestedFor(urlPathEqualTo("/evil.dtd")));
	}

	@Test
	void entityExpansionIsRefused() {
		answerSearch(Fixtures.soap(200, Fixtures.xml("billion-laughs.xml")));

		assertBadPayloadWithoutPersonalData(searchFailure());
	}

	@Test
	void anEmptyBodyIsABadPayload() {
		answerSearch(aResponse().withStatus(200).withHeader("Content-Type", "text/xml"));

		assertBadPayloadWithoutPersonalData(searchFailure());
	}

	@Test
	void aBodyOverTheLimitIsABadPayload() {
		// streaming several megabytes must not race the short timeout the other tests use
		this.connector = Fixtures.connector(vitals, Duration.ofSeconds(20));
		String registrant = Fixtures.xml("search-registrants.xml")
			.replaceFirst("(?s).*?(<v:Registrant>.*?</v:Registrant>).*", "$1");
		StringBuilder huge = new StringBuilder("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
				+ " xmlns:v=\"urn:state:vitals:registry:v1\"><soap:Body><v:SearchRegistrantsResponse>");
		while (huge.length() < 6 * 1024 * 1024) {
			huge.append(registrant);
		}
		answerSearch(Fixtures.soap(200,
				huge.append("</v:SearchRegistrantsResponse></soap:Body></soap:Envelope>").toString()));

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
	void aSlowAnswerTimesOut() {
		answerSearch(Fixtures.soapFixture("search-empty.xml").withFixedDelay(4000));

		SourceException failure = searchFailure();

		assertThat(failure).isInstanceOf(SourceException.TimedOut.class);
		assertThat(failure.state()).isEqualTo(SourceState.TIMEOUT);
	}

	@Test
	void aBodyThatTricklesInBeyondTheTimeoutTimesOut() {
		answerSearch(Fixtures.soapFixture("search-registrants.xml").withChunkedDribbleDelay(20, 4000));

		assertThat(searchFailure()).isInstanceOf(SourceException.TimedOut.class);
	}

	@Test
	void aRefusedConnectionIsUnavailable() throws IOException {
		URI closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + Fixtures.PATH);
		}
		VitalsConnector unreachable = new VitalsConnector(
				new VitalsSettings(closed, Duration.ofSeconds(1), Duration.ofSeconds(1)), Fixtures.CLOCK);

		assertUnavailableWithoutAddress(Fixtures.failureOf(unreachable.personDetails("VR-00012345")));
	}

	private SourceException.RateLimited rateLimited() {
		SourceException failure = searchFailure();
		assertThat(failure).isInstanceOf(SourceException.RateLimited.class);
		assertThat(failure.state()).isEqualTo(SourceState.UNAVAILABLE);
		return (SourceException.RateLimited) failure;
	}

	private static void assertBadPayloadWithoutPersonalData(SourceException failure) {
		assertThat(failure).isInstanceOf(SourceException.BadPayload.class);
		assertThat(failure.state()).isEqualTo(SourceState.ERROR);
		assertThat(failure.retryable()).isFalse();
		assertThat(failure.getMessage()).doesNotContain("Rivera", "Ana", "900123456", "127.0.0.1");
		assertThat(failure.getCause()).isNull();
	}

	private static void assertUnavailableWithoutAddress(Throwable failure) {
		assertThat(failure).isInstanceOf(SourceException.Unavailable.class);
		assertThat(((SourceException) failure).retryable()).isTrue();
		assertThat(failure.getMessage()).doesNotContain("127.0.0.1", "registry/soap", "Rivera");
	}

	private static void answerSearch(ResponseDefinitionBuilder response) {
		vitals.stubFor(Fixtures.search().willReturn(response));
	}

	private static void answerDetails(ResponseDefinitionBuilder response) {
		vitals.stubFor(Fixtures.getRegistrant().willReturn(response));
	}

	private SourceException searchFailure() {
		Throwable failure = Fixtures.failureOf(this.connector.searchPeople(SEARCH));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

	private SourceException detailsFailure() {
		Throwable failure = Fixtures.failureOf(this.connector.personDetails("VR-00012345"));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

}
