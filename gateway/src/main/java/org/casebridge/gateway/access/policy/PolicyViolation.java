package org.casebridge.gateway.access.policy;

/**
 * One problem with a policy edit.
 *
 * @param path where in the policy, e.g. {@code roles[welfare-worker].grants[default]}
 * @param code a stable code: UNKNOWN_ROLE, UNKNOWN_PURPOSE, UNKNOWN_SOURCE,
 * UNKNOWN_FIELD_GROUP, UNKNOWN_ACCESS, NOT_MASKABLE, PURPOSE_NOT_ALLOWED,
 * CONFLICTS_WITH_FIXED_RULE, DUPLICATE_ROLE, DUPLICATE_GRANT, DUPLICATE_PURPOSE,
 * TOO_LONG, REASON_REQUIRED, NO_SUCH_GRANT, NO_SUCH_VERSION
 * @param message a sentence for the security officer
 */
public record PolicyViolation(String path, String code, String message) {

}
