package org.casebridge.gateway.access.policy;

import org.casebridge.gateway.graphql.CodedException;
import org.casebridge.gateway.graphql.ErrorCode;

/**
 * The edit was prepared against a version that is no longer current: someone else changed
 * the policy meanwhile. Nothing was changed; reload and edit again.
 */
public class PolicyConflictException extends CodedException {

	public PolicyConflictException(long expected, long current) {
		super(ErrorCode.CONFLICT, "The policy changed since version " + expected + " (now version " + current
				+ "); nothing was changed.");
	}

}
