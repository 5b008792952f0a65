package org.casebridge.connector.locate;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.casebridge.connector.AgencyConnector;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.http.TransportFailureTests;
import org.casebridge.connector.http.Wording;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the locate service can fail to answer, classified as the gateway expects: the
 * transport failures every connector shares, what a 404 means for one subject, and JSON
 * that cannot be read.
 */
class LocateFailureTests extends TransportFailureTests {

	@Override
	protected AgencyConnector connector(String baseUri, Duration responseTimeout) {
		return Fixtures.connector(baseUri, responseTimeout, 2, 5);
	}

	@Override
	protected MappingBuilder searchRequest() {
		return get(urlPathEqualTo("/locate/v1/subjects"));
	}

	@Override
	protected ResponseDefinitionBuilder emptySearchAnswer() {
		return okJson("{\"items\": [], \"page\": 0, \"totalPages\": 0}");
	}

	@Override
	protected Wording wording() {
		return Wording.AGENCY;
	}

	@Override
	protected String searchCall() {
		return "subject search";
	}

	@Test
	void anUnknownSubjectIsNotFound() {
		this.agency.stubFor(get(urlPathEqualTo("/locate/v1/subjects/L-7f3a9c21/records"))
			.willReturn(aResponse().withStatus(404).withBody("{\"error\":\"SUBJECT_NOT_FOUND\"}")));

		Throwable failure = failureOf(this.connector.personDetails("L-7f3a9c21"));

		assertThat(failure).isInstanceOf(SourceException.NotFound.class).hasMessage("locate holds no such record");
		assertThat(((SourceException) failure).source()).isEqualTo(Source.LOCATE);
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

}
