package org.casebridge.connector.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * A query string of only the parameters that have a value, each name and trimmed value
 * percent-encoded (spaces as {@code %20}, which every server reads the same way).
 */
public final class QueryString {

	private final StringJoiner parameters = new StringJoiner("&");

	/**
	 * @param name the parameter's name
	 * @param value its value; null or blank leaves the parameter out
	 * @return this query string
	 */
	public QueryString add(String name, String value) {
		if (value != null && !value.isBlank()) {
			this.parameters.add(encode(name) + "=" + encode(value.trim()));
		}
		return this;
	}

	/**
	 * @return whether no parameter had a value
	 */
	public boolean isEmpty() {
		return this.parameters.length() == 0;
	}

	@Override
	public String toString() {
		return this.parameters.toString();
	}

	/**
	 * @param value any text
	 * @return the text percent-encoded as UTF-8
	 */
	public static String encode(String value) {
		// URLEncoder writes form encoding; a space must be %20 to mean a space in any
		// query.
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
