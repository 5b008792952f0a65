package org.casebridge.simulator.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

/**
 * An HTTP request as an agency sees it.
 *
 * @param query decoded query parameters (the last value wins); blank values are dropped,
 * as if not given
 * @param client the caller's address, for per-client rate limits
 */
public record Request(String method, String path, Map<String, String> query, Headers headers, byte[] body,
		String client) {

	/** The largest request body an agency reads. */
	static final int MAX_BODY = 1 << 20;

	static Request read(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readNBytes(MAX_BODY);
		}
		return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
				query(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(), body,
				exchange.getRemoteAddress().getAddress().getHostAddress());
	}

	/** The first value of header {@code name}, or null. */
	public String header(String name) {
		return this.headers.getFirst(name);
	}

	/** The query parameter {@code name}, or null when absent or blank. */
	public String parameter(String name) {
		return this.query.get(name);
	}

	public String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/** Decodes a form or query string; blank values are dropped. */
	public static Map<String, String> query(String raw) {
		if (raw == null || raw.isEmpty()) {
			return Map.of();
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1)).trim();
			if (!value.isEmpty()) {
				parameters.put(name, value);
			}
		}
		return Collections.unmodifiableMap(parameters);
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
