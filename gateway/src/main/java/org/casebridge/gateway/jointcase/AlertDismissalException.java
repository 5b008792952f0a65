package org.casebridge.gateway.jointcase;

import org.casebridge.gateway.graphql.CodedException;
import org.casebridge.gateway.graphql.ErrorCode;

/** An alert that is not the caller's, or a dismissal without a reason. */
class AlertDismissalException extends CodedException {

	AlertDismissalException(ErrorCode code, String message) {
		super(code, message);
	}

}
