package org.casebridge.gateway.jointcase;

import java.time.Instant;

/**
 * A flag as delivered to one recipient.
 *
 * @param id the alert's id
 * @param recipient the CaseBridge user it is for
 * @param flag the flag
 * @param raisedAt when it was raised
 * @param status where it stands
 * @param statusAt when the status last changed, or null
 * @param dismissReason why it was dismissed, or null
 */
record Alert(String id, String recipient, Flag flag, Instant raisedAt, AlertStatus status, Instant statusAt,
		String dismissReason) {

}
