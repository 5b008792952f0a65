package org.casebridge.connector.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads agency JSON into wire records, leniently where agencies evolve (fields we do not
 * know are ignored) and strictly where it matters (trailing content is refused).
 * Jackson's own messages quote the offending input, which may be personal data, so
 * failures are described by position and field path only.
 */
public final class JsonPayloads {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private JsonPayloads() {
	}

	/**
	 * @param body a 200 answer's body
	 * @param type the wire record it holds
	 * @param <T> the wire record
	 * @return the record
	 * @throws MalformedPayload for an empty body, {@code null} or JSON that does not fit
	 */
	public static <T> T read(byte[] body, Class<T> type) {
		if (body == null || body.length == 0) {
			throw new MalformedPayload("an empty body");
		}
		T value;
		try {
			value = MAPPER.readValue(body, type);
		}
		catch (JacksonException ex) {
			throw new MalformedPayload(describe(ex));
		}
		if (value == null) {
			throw new MalformedPayload("null instead of an object");
		}
		return value;
	}

	private static String describe(JacksonException ex) {
		if (ex instanceof StreamReadException) {
			TokenStreamLocation location = ex.getLocation();
			return (location != null)
					? "unreadable JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
					: "unreadable JSON";
		}
		StringBuilder path = new StringBuilder("$");
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append('.').append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return "JSON of the wrong shape at " + path;
	}

}
