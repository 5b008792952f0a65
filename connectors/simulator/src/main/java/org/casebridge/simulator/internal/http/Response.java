package org.casebridge.simulator.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/**
 * An agency's answer.
 *
 * @param headers extra headers besides Content-Type
 */
public record Response(int status, String contentType, Map<String, String> headers, byte[] body) {

	public static final String JSON = "application/json";

	public static final String XML = "text/xml; charset=utf-8";

	public Response {
		headers = Map.copyOf(headers);
	}

	public static Response of(int status, String contentType, String body) {
		return new Response(status, contentType, Map.of(), body.getBytes(StandardCharsets.UTF_8));
	}

	public Response withHeader(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new Response(this.status, this.contentType, headers, this.body);
	}

	/** The same answer, as 200 with the body cut short so that it no longer parses. */
	Response truncated() {
		int length = Math.max(1, this.body.length / 2);
		byte[] cut = new byte[length];
		System.arraycopy(this.body, 0, cut, 0, Math.min(length, this.body.length));
		if (this.body.length < 2) {
			cut[0] = '{';
		}
		return new Response(200, this.contentType, Map.of(), cut);
	}

	/** Sends this answer on {@code exchange}. */
	void writeTo(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", this.contentType);
		this.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		exchange.sendResponseHeaders(this.status, (this.body.length == 0) ? -1 : this.body.length);
		if (this.body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(this.body);
			}
		}
	}

	public String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

}
