package org.casebridge.gateway.audit;

/**
 * The append-only disclosure trail. The gateway records an event on the request thread
 * and only then writes the response, so no data leaves without a committed record.
 */
public interface AuditTrail {

	/**
	 * Durably commits the event (group commit) and returns its sequence number in the
	 * chain.
	 * @param event what to record
	 * @return the event's gap-free sequence number
	 * @throws AuditUnavailableException if the event cannot be committed within the
	 * configured {@code casebridge.audit.commit-timeout}; the caller then discloses
	 * nothing
	 */
	long record(AuditEvent event);

}
