package org.casebridge.gateway.search;

import java.util.Map;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CriteriaValidationTests extends GatewayIntegrationTest {

	static java.util.stream.Stream<Arguments> invalidCriteria() {
		return java.util.stream.Stream.of(Arguments.of("no criteria", Map.of(), "criteria"),
				Arguments.of("only blanks", Map.of("lastName", "   ", "ssn", ""), "criteria"),
				Arguments.of("first name alone", Map.of("firstName", "Ana"), "criteria"),
				Arguments.of("malformed SSN", Map.of("ssn", "12-345-6789"), "ssn"),
				Arguments.of("SSN with letters", Map.of("ssn", "9001234ab"), "ssn"),
				Arguments.of("never-valid SSN area", Map.of("ssn", "000-12-3456"), "ssn"),
				Arguments.of("oversized name", Map.of("lastName", "R".repeat(61)), "lastName"),
				Arguments.of("script in a name", Map.of("lastName", "<script>"), "lastName"),
				Arguments.of("control characters", Map.of("firstName", "An\u0000a", "lastName", "Rivera"), "firstName"),
				Arguments.of("date of birth in the future", Map.of("lastName", "Rivera", "dateOfBirth", "2999-01-01"),
						"dateOfBirth"),
				Arguments.of("malformed case number", Map.of("caseNumber", "DROP TABLE"), "caseNumber"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidCriteria")
	void invalidCriteriaAreRefusedBeforeAnyAgencyIsCalled(String description, Map<String, Object> criteria,
			String field) {
		GraphQlClient.Response response = search(criteria, "LOCATE_PARENT");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.errors().path(0).path("extensions").path("violations").toString())
			.contains("\"field\":\"" + field + "\"");
		assertThat(response.text()).doesNotContain("Exception").doesNotContain("127.0.0.1");
		assertThat(agencyRequests()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedDocuments")
	void malformedArgumentsAreRefusedBeforeAnyAgencyIsCalled(String description, Map<String, Object> criteria,
			String purpose) {
		GraphQlClient.Response response = search(criteria, purpose);

		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.data().path("searchPeople").isMissingNode() || response.data().isNull()
				|| response.data().path("searchPeople").isNull())
			.isTrue();
		assertThat(agencyRequests()).isZero();
	}

	static java.util.stream.Stream<Arguments> malformedDocuments() {
		return java.util.stream.Stream.of(
				Arguments.of("impossible date", Map.of("lastName", "Rivera", "dateOfBirth", "2023-02-30"),
						"LOCATE_PARENT"),
				Arguments.of("not a date", Map.of("lastName", "Rivera", "dateOfBirth", "yesterday"), "LOCATE_PARENT"),
				Arguments.of("unknown purpose", Map.of("lastName", "Rivera"), "CURIOSITY"), Arguments
					.of("unknown criterion", Map.of("lastName", "Rivera", "favouriteColour", "blue"), "LOCATE_PARENT"));
	}

	private GraphQlClient.Response search(Map<String, Object> criteria, String purpose) {
		return query(idp.token("worker-1", "support-worker"), Documents.load("searchPeople"),
				Map.of("criteria", criteria, "purpose", purpose));
	}

}
