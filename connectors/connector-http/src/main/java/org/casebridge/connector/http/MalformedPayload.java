package org.casebridge.connector.http;

/**
 * The agency's answer cannot be read. Thrown by a connector's mapping; the exchange turns
 * it into a bad payload whose message completes "support answered …" or "person search:
 * …" (see {@link Wording}). The message names fields, never their values, so it is safe
 * to log and to show operators.
 */
public final class MalformedPayload extends RuntimeException {

	/**
	 * @param message what is wrong, naming fields and never their values
	 */
	public MalformedPayload(String message) {
		super(message, null, false, false);
	}

}
