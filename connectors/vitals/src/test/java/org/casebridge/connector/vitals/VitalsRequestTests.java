package org.casebridge.connector.vitals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.http.Outcomes;
import org.casebridge.connector.model.PersonSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * What the connector sends: SOAP 1.1 envelopes with the registry's action, element names
 * and formats, holding only the criteria that are set, whatever characters they contain.
 */
class VitalsRequestTests {

	private static final WireMockServer vitals = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private static final Map<String, String> NAMESPACES = Map.of("soap", "http://schemas.xmlsoap.org/soap/envelope/",
			"v", Fixtures.NAMESPACE);

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
		vitals.stubFor(Fixtures.search().willReturn(Fixtures.soapFixture("search-empty.xml")));
		vitals.stubFor(Fixtures.getRegistrant().willReturn(Fixtures.soapFixture("registrant-VR-00012345.xml")));
		this.connector = Fixtures.connector(vitals, Duration.ofSeconds(2));
	}

	@Test
	void everyCriterionIsSentInTheRegistrysFormat() {
		Outcomes.valueOf(this.connector
			.searchPeople(new PersonSearch("Ana", "Rivera", LocalDate.of(1988, 4, 7), "900123456", "B-2018-0012345")));

		vitals.verify(exactly(1),
				postRequestedFor(urlPathEqualTo(Fixtures.PATH))
					.withHeader("SOAPAction", equalTo(Fixtures.SEARCH_ACTION))
					.withHeader("Content-Type", equalToIgnoreCase("text/xml; charset=utf-8"))
					.withRequestBody(matchingXPath(
							"/soap:Envelope/soap:Body/v:SearchRegistrants/v:Surname[text()='Rivera']", NAMESPACES)));
		assertThat(Fixtures.operationFields(onlyRequest().getBodyAsString(), "SearchRegistrants")).containsExactly(
				Map.entry("Surname", "Rivera"), Map.entry("GivenName", "Ana"), Map.entry("BirthDate", "19880407"),
				Map.entry("SSN", "900123456"), Map.entry("CertificateNumber", "B-2018-0012345"));
	}

	@Test
	void onlyTheCriteriaThatAreSetAreSent() {
		Outcomes.valueOf(this.connector.searchPeople(new PersonSearch(null, null, LocalDate.of(2018, 5, 6), "", null)));

		assertThat(Fixtures.operationFields(onlyRequest().getBodyAsString(), "SearchRegistrants"))
			.containsExactly(Map.entry("BirthDate", "20180506"));
	}

	@Test
	void aDashedSsnIsSentAsNineDigits() {
		Outcomes.valueOf(this.connector.searchPeople(new PersonSearch(null, null, null, "900-12-3456", null)));

		assertThat(Fixtures.operationFields(onlyRequest().getBodyAsString(), "SearchRegistrants"))
			.containsExactly(Map.entry("SSN", "900123456"));
	}

	@Test
	void hostileCharactersCannotChangeTheEnvelope() {
		String surname = "</v:Surname><v:SSN>900000000</v:SSN><x>";
		String given = "A&amp;<![CDATA[x]]>\"'<!-- -->\u0000\u0007\uD800 \uD83D\uDE00";

		Outcomes.valueOf(this.connector.searchPeople(new PersonSearch(given, surname, null, null, null)));

		String body = onlyRequest().getBodyAsString();
		assertThat(Fixtures.operationFields(body, "SearchRegistrants")).containsExactly(Map.entry("Surname", surname),
				Map.entry("GivenName", "A&amp;<![CDATA[x]]>\"'<!-- --> \uD83D\uDE00"));
		assertThat(body).doesNotContain("<x>").doesNotContain("<v:SSN>");
	}

	@Test
	void detailsAskForTheRegistrantById() {
		Outcomes.valueOf(this.connector.personDetails("VR-00012345"));

		LoggedRequest request = onlyRequest();
		assertThat(request.getHeader("SOAPAction")).isEqualTo(Fixtures.GET_ACTION);
		assertThat(Fixtures.operationFields(request.getBodyAsString(), "GetRegistrant"))
			.containsExactly(Map.entry("RegistrantId", "VR-00012345"));
	}

	@Test
	void aSearchWithoutCriteriaIsRefusedBeforeAnyCall() {
		Throwable failure = Outcomes
			.failureOf(this.connector.searchPeople(new PersonSearch(" ", null, null, null, null)));

		assertThat(failure).isInstanceOf(IllegalArgumentException.class);
		vitals.verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "VR-1234567", "VR-123456789", "vr-00012345", "VR-0001234X",
			"VR-00012345</v:RegistrantId>", "1048576", "M0012345", "VR-０００１２３４５" })
	void anIdThatIsNotARegistrantIdIsNotFoundWithoutACall(String id) {
		Throwable failure = Outcomes.failureOf(this.connector.personDetails(id));

		assertThat(failure).isInstanceOf(SourceException.NotFound.class);
		assertThat(((SourceException) failure).source()).isEqualTo(Source.VITALS);
		vitals.verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void nullCriteriaAreAProgrammingError() {
		assertThatNullPointerException().isThrownBy(() -> this.connector.searchPeople(null));
	}

	@Test
	void theSourceIsVitals() {
		assertThat(this.connector.source()).isEqualTo(Source.VITALS);
	}

	private static LoggedRequest onlyRequest() {
		List<LoggedRequest> requests = vitals.findAll(postRequestedFor(urlPathEqualTo(Fixtures.PATH)));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

}
