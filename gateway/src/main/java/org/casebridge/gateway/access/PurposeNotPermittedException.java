package org.casebridge.gateway.access;

import org.casebridge.gateway.graphql.CodedException;
import org.casebridge.gateway.graphql.ErrorCode;

/**
 * The caller's roles do not include the stated purpose of use. Thrown before any agency
 * is asked.
 */
public class PurposeNotPermittedException extends CodedException {

	public PurposeNotPermittedException() {
		super(ErrorCode.FORBIDDEN, "Your role may not use this purpose of use.");
	}

}
