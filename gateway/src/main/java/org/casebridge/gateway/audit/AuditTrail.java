package org.casebridge.gateway.audit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The append-only disclosure trail. The gateway records an event and only once it is
 * committed writes the response, so no data leaves without a committed record.
 */
public interface AuditTrail {

	/**
	 * Queues the event for the next group commit, without waiting for it.
	 * @param event what to record
	 * @return completes with the event's gap-free sequence number once it is durably
	 * committed, or with an {@link AuditUnavailableException} if it cannot be committed
	 * within the configured {@code casebridge.audit.commit-timeout}; the caller then
	 * discloses nothing
	 */
	CompletableFuture<Long> commit(AuditEvent event);

	/**
	 * Durably commits the event (group commit), waiting for it, and returns its sequence
	 * number in the chain.
	 * @param event what to record
	 * @return the event's gap-free sequence number
	 * @throws AuditUnavailableException if the event cannot be committed in time
	 */
	default long record(AuditEvent event) {
		try {
			return commit(event).join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof AuditUnavailableException unavailable) {
				throw unavailable;
			}
			throw new AuditUnavailableException("audit record could not be committed", ex.getCause());
		}
	}

	/**
	 * How many records were accepted and are not yet committed, for the queue-depth
	 * metric; a trail that commits synchronously has none.
	 * @return the records waiting for the writer
	 */
	default int queued() {
		return 0;
	}

}
