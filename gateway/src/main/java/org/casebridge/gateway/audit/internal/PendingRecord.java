package org.casebridge.gateway.audit.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.casebridge.gateway.audit.AuditEvent;

/**
 * An event waiting for the writer. Either the writer claims it for a batch or the waiting
 * request abandons it on timeout, never both: an abandoned event is never written, so a
 * request that failed closed leaves no record behind unless its batch was already under
 * way.
 */
final class PendingRecord {

	private static final int WAITING = 0;

	private static final int CLAIMED = 1;

	private static final int ABANDONED = 2;

	private final AuditEvent event;

	private final CompletableFuture<Long> result = new CompletableFuture<>();

	private final AtomicInteger state = new AtomicInteger(WAITING);

	PendingRecord(AuditEvent event) {
		this.event = event;
	}

	AuditEvent event() {
		return this.event;
	}

	CompletableFuture<Long> result() {
		return this.result;
	}

	boolean claim() {
		return this.state.compareAndSet(WAITING, CLAIMED);
	}

	void abandon() {
		this.state.compareAndSet(WAITING, ABANDONED);
	}

}
