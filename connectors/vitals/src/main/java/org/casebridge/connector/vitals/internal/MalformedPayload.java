package org.casebridge.connector.vitals.internal;

/**
 * The agency's answer parsed but does not say what the contract says it should. The
 * message names the problem, never a value from the payload.
 */
final class MalformedPayload extends RuntimeException {

	MalformedPayload(String message) {
		super(message, null, false, false);
	}

}
