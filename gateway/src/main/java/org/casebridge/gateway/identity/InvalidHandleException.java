package org.casebridge.gateway.identity;

import org.casebridge.gateway.graphql.CodedException;
import org.casebridge.gateway.graphql.ErrorCode;

/**
 * A handle that was not issued by this deployment, was altered, or has expired. The
 * message is the same in every case so a caller learns nothing from trying.
 */
public class InvalidHandleException extends CodedException {

	public InvalidHandleException() {
		super(ErrorCode.NOT_FOUND, "Unknown or expired person handle.");
	}

}
