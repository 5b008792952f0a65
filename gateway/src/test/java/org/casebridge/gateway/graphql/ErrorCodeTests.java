package org.casebridge.gateway.graphql;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ErrorCodeTests {

	@Test
	void anErrorCarriesItsCodeFirstAndItsExtensionsInTheOrderGiven() {
		GraphQLError error = ErrorCode.LIMIT_EXCEEDED.error("Too deep.",
				Extensions.of("limit", "depth", "max", 12, "code", "FORGED"));

		assertThat(List.copyOf(error.getExtensions().keySet())).containsExactly("code", "limit", "max");
		assertThat(error.getExtensions()).containsEntry("code", "LIMIT_EXCEEDED");
		assertThat(error.getErrorType()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
	}

	@Test
	void aPlainHttpRefusalIsShapedAsAnAnswerWithoutDataAndEscapesItsMessage() {
		byte[] body = ErrorCode.BAD_REQUEST.body("Send \"one\" operation.\n</script>");

		Map<String, Object> answer = JsonMapper.shared().readValue(body, new tools.jackson.core.type.TypeReference<>() {
		});
		assertThat(answer).containsOnlyKeys("errors");
		Map<?, ?> error = (Map<?, ?>) ((List<?>) answer.get("errors")).get(0);
		assertThat(error.get("message")).isEqualTo("Send \"one\" operation.\n</script>");
		assertThat(error.get("extensions")).isEqualTo(Map.of("code", "BAD_REQUEST"));
	}

	@Test
	void extensionsComeInPairs() {
		assertThatIllegalArgumentException().isThrownBy(() -> Extensions.of("limit", "depth", "max"));
	}

}
