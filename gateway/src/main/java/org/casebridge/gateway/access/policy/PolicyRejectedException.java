package org.casebridge.gateway.access.policy;

import java.util.List;
import java.util.Map;

import org.casebridge.gateway.graphql.CodedException;
import org.casebridge.gateway.graphql.ErrorCode;
import org.casebridge.gateway.graphql.Extensions;

/**
 * A policy edit that was not applied, with every reason; nothing of it was stored.
 */
public class PolicyRejectedException extends CodedException {

	private final List<PolicyViolation> violations;

	public PolicyRejectedException(List<PolicyViolation> violations) {
		super(ErrorCode.BAD_REQUEST, "The policy change was rejected; nothing was changed.");
		this.violations = List.copyOf(violations);
	}

	public List<PolicyViolation> violations() {
		return this.violations;
	}

	@Override
	public Map<String, Object> extensions() {
		return Map.of("violations",
				this.violations.stream()
					.map((v) -> Extensions.of("path", v.path(), "code", v.code(), "message", v.message()))
					.toList());
	}

}
