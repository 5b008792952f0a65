package org.casebridge.connector.welfare.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A query string of the parameters that have a value, each name and value percent-encoded
 * (spaces as {@code %20}, which every server reads the same way).
 */
final class QueryString {

	private final StringBuilder query = new StringBuilder();

	QueryString add(String name, String value) {
		if (value == null || value.isBlank()) {
			return this;
		}
		if (this.query.length() > 0) {
			this.query.append('&');
		}
		this.query.append(encode(name)).append('=').append(encode(value));
		return this;
	}

	boolean isEmpty() {
		return this.query.length() == 0;
	}

	@Override
	public String toString() {
		return this.query.toString();
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
