package org.casebridge.connector.vitals;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.casebridge.connector.AgencyConnector;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.http.TransportFailureTests;
import org.casebridge.connector.http.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the registry can fail, at the HTTP and at the SOAP level, classified as the
 * gateway's resilience policy expects, with messages that carry no personal data: the
 * transport failures every connector shares, and the registry's faults and XML.
 */
class VitalsFailureTests extends TransportFailureTests {

	@Override
	protected AgencyConnector connector(String baseUri, Duration responseTimeout) {
		return Fixtures.connector(baseUri, responseTimeout);
	}

	@Override
	protected MappingBuilder searchRequest() {
		return Fixtures.search();
	}

	@Override
	protected ResponseDefinitionBuilder emptySearchAnswer() {
		return Fixtures.soapFixture("search-empty.xml");
	}

	@Override
	protected Wording wording() {
		return Wording.CALL;
	}

	@Override
	protected String searchCall() {
		return "registrant search";
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
		String ssrf = "<?xml version=\"1.0\"?><!DOCTYPE soap:Envelope SYSTEM \"http://127.0.0.1:" + this.agency.port()
				+ "/evil.dtd\">" + Fixtures.xml("search-empty.xml").replaceFirst("<\\?xml[^>]*>", "");
		answerSearch(Fixtures.soap(200, ssrf));

		assertThat(searchFailure()).isInstanceOf(SourceException.BadPayload.class);
		this.agency.verify(exactly(0), anyRequestedFor(urlPathEqualTo("/evil.dtd")));
	}

	@Test
	void entityExpansionIsRefused() {
		answerSearch(Fixtures.soap(200, Fixtures.xml("billion-laughs.xml")));

		assertBadPayloadWithoutPersonalData(searchFailure());
	}

	@Test
	void aBodyThatTricklesInBeyondTheTimeoutTimesOut() {
		answerSearch(Fixtures.soapFixture("search-registrants.xml").withChunkedDribbleDelay(20, 4000));

		assertThat(searchFailure()).isInstanceOf(SourceException.TimedOut.class);
	}

	private void answerDetails(ResponseDefinitionBuilder response) {
		this.agency.stubFor(Fixtures.getRegistrant().willReturn(response));
	}

	private SourceException detailsFailure() {
		Throwable failure = failureOf(this.connector.personDetails("VR-00012345"));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

}
