package org.casebridge.connector.support.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** A query string of only the parameters that have a value, each percent-encoded. */
final class QueryString {

	private final StringJoiner parameters = new StringJoiner("&");

	QueryString add(String name, String value) {
		if (value != null && !value.isBlank()) {
			this.parameters.add(encode(name) + "=" + encode(value.trim()));
		}
		return this;
	}

	boolean isEmpty() {
		return this.parameters.length() == 0;
	}

	@Override
	public String toString() {
		return this.parameters.toString();
	}

	// URLEncoder writes form encoding; a space must be %20 to mean a space in any query.
	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
