package org.casebridge.gateway.access.policy;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Policy documents as stored: JSON with stable ordering, so versions diff cleanly. */
final class PolicyCodec {

	private static final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private PolicyCodec() {
	}

	static String write(PolicyDocument document) {
		return json.writeValueAsString(document);
	}

	static PolicyDocument read(String text) {
		try {
			return json.readValue(text, PolicyDocument.class);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("stored policy document is not readable", ex);
		}
	}

	/** The shipped defaults, {@code policy/default-policy.json} on the classpath. */
	static PolicyDocument defaults() {
		try (InputStream in = PolicyCodec.class.getResourceAsStream("/policy/default-policy.json")) {
			if (in == null) {
				throw new IllegalStateException("policy/default-policy.json is missing from the classpath");
			}
			return json.readValue(in, PolicyDocument.class);
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalStateException("policy/default-policy.json is not readable", ex);
		}
	}

}
