package org.casebridge.gateway.identitydecision;

import java.util.Map;

import org.casebridge.gateway.graphql.CodedException;
import org.casebridge.gateway.graphql.ErrorCode;

/**
 * A decision or reversal refused: nothing was stored. {@code extensions.violation} names
 * the rule when it is one of the identity rules.
 */
class IdentityDecisionException extends CodedException {

	/** Two SSNs would be joined in one candidate. */
	static final String SSN_CONFLICT = "SSN_CONFLICT";

	/** A "not the same person" in force stands between the candidates. */
	static final String NOT_SAME_PERSON_IN_FORCE = "NOT_SAME_PERSON_IN_FORCE";

	private final String violation;

	IdentityDecisionException(ErrorCode code, String message) {
		this(code, message, null);
	}

	IdentityDecisionException(ErrorCode code, String message, String violation) {
		super(code, message);
		this.violation = violation;
	}

	@Override
	public Map<String, Object> extensions() {
		return (this.violation != null) ? Map.of("violation", this.violation) : Map.of();
	}

}
