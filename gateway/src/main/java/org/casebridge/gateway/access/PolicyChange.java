package org.casebridge.gateway.access;

/**
 * A committed change to the access policy.
 *
 * @param version the new version number
 * @param actor the security officer who made it
 * @param reason why, as they wrote it
 * @param summary what changed, one line per change
 */
public record PolicyChange(long version, String actor, String reason, String summary) {

}
