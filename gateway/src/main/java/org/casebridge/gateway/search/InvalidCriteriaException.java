package org.casebridge.gateway.search;

import java.util.List;
import java.util.Map;

import org.casebridge.gateway.graphql.CodedException;
import org.casebridge.gateway.graphql.ErrorCode;
import org.casebridge.gateway.graphql.Extensions;

/**
 * Search criteria that cannot be searched. Carries every problem found, each naming the
 * input field and a stable code, so a screen can show them all at once. Never echoes the
 * input.
 */
public class InvalidCriteriaException extends CodedException {

	private final List<Violation> violations;

	public InvalidCriteriaException(List<Violation> violations) {
		super(ErrorCode.BAD_REQUEST, "Invalid search criteria.");
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

	@Override
	public Map<String, Object> extensions() {
		return Map.of("violations",
				this.violations.stream()
					.map((v) -> Extensions.of("field", v.field(), "code", v.code(), "message", v.message()))
					.toList());
	}

	/**
	 * One problem.
	 *
	 * @param field the input field, or "criteria" for the whole input
	 * @param code REQUIRED, FORMAT, TOO_LONG, OUT_OF_RANGE or NOT_GRANTED (a value the
	 * caller's grant does not show in full)
	 * @param message a sentence for the caseworker
	 */
	public record Violation(String field, String code, String message) {
	}

}
