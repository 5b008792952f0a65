package org.casebridge.gateway.person;

/**
 * A handle that was not issued by this deployment, was altered, or has expired. The
 * message is the same in every case so a caller learns nothing from trying.
 */
public class InvalidHandleException extends RuntimeException {

	public InvalidHandleException() {
		super("unknown or expired person handle");
	}

}
