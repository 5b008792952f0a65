package org.casebridge.simulator.internal.http;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON bodies, written in the field order the agencies document. */
public final class Json {

	public static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	private Json() {
	}

	public static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	public static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	public static Response response(int status, JsonNode body) {
		return new Response(status, Response.JSON, Map.of(), MAPPER.writeValueAsBytes(body));
	}

	/** {@code {"error": code}} with {@code status}. */
	public static Response error(int status, String code) {
		return response(status, object().put("error", code));
	}

	/** {@code {"error": code, "detail": detail}} with {@code status}. */
	public static Response error(int status, String code, String detail) {
		return response(status, object().put("error", code).put("detail", detail));
	}

}
