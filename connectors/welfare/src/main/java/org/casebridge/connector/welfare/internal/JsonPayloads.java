package org.casebridge.connector.welfare.internal;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.casebridge.connector.http.MalformedPayload;

/**
 * Reads the agency's JSON strictly where it matters (syntax, trailing content, duplicate
 * keys, integers) and leniently where agencies evolve (fields we do not know are
 * ignored).
 */
final class JsonPayloads {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private JsonPayloads() {
	}

	/**
	 * @throws MalformedPayload for an empty body or a JSON {@code null}
	 * @throws tools.jackson.core.JacksonException for anything that is not the expected
	 * JSON
	 */
	static <T> T read(byte[] body, Class<T> type) {
		if (body == null || body.length == 0) {
			throw new MalformedPayload("empty answer");
		}
		T value = MAPPER.readValue(body, type);
		if (value == null) {
			throw new MalformedPayload("null answer");
		}
		return value;
	}

}
