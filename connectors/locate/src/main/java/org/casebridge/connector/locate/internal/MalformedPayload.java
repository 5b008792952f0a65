package org.casebridge.connector.locate.internal;

/**
 * The agency's answer cannot be read. The message completes "locate answered …" and names
 * fields, never their values, so it is safe to log and to show operators.
 */
final class MalformedPayload extends RuntimeException {

	MalformedPayload(String message) {
		super(message, null, false, false);
	}

}
