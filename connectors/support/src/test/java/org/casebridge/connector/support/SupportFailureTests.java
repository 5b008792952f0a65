package org.casebridge.connector.support;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.casebridge.connector.AgencyConnector;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.http.TransportFailureTests;
import org.casebridge.connector.http.Wording;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the agency can fail, classified as the gateway's resilience policy expects:
 * the transport failures every connector shares, and what a 404 means for one member.
 */
class SupportFailureTests extends TransportFailureTests {

	@Override
	protected AgencyConnector connector(String baseUri, Duration responseTimeout) {
		return Fixtures.connector(baseUri, responseTimeout);
	}

	@Override
	protected MappingBuilder searchRequest() {
		return get(urlPathEqualTo("/api/v2/members"));
	}

	@Override
	protected ResponseDefinitionBuilder emptySearchAnswer() {
		return okJson("{\"members\": []}");
	}

	@Override
	protected Wording wording() {
		return Wording.AGENCY;
	}

	@Override
	protected String searchCall() {
		return "member search";
	}

	@Test
	void anUnknownMemberIsNotFound() {
		answerDetails(aResponse().withStatus(404).withBody("{\"error\":\"MEMBER_NOT_FOUND\"}"));

		SourceException failure = detailsFailure();

		assertThat(failure).isInstanceOf(SourceException.NotFound.class).hasMessage("support holds no such record");
		assertThat(failure.state()).isEqualTo(SourceState.NOT_FOUND);
		assertThat(failure.source()).isEqualTo(Source.SUPPORT);
	}

	@Test
	void failureMessagesNeverNameTheAgencyAddress() {
		answerSearch(aResponse().withStatus(503));
		answerDetails(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

		assertThat(searchFailure().getMessage()).doesNotContain("127.0.0.1").doesNotContain("/api/");
		assertThat(detailsFailure().getMessage()).doesNotContain("127.0.0.1").doesNotContain("/api/");
	}

	private void answerDetails(ResponseDefinitionBuilder response) {
		this.agency.stubFor(get(urlPathMatching("/api/v2/members/M[0-9]{7}")).willReturn(response));
	}

	private SourceException detailsFailure() {
		Throwable failure = failureOf(this.connector.personDetails("M0012345"));
		assertThat(failure).isInstanceOf(SourceException.class);
		return (SourceException) failure;
	}

}
