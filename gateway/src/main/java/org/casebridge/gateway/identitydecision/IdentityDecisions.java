package org.casebridge.gateway.identitydecision;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.casebridge.connector.model.PersonRecord;
import org.casebridge.gateway.identity.RecordDecisions;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The decisions in force about an answer's records, read from the database on every
 * search (a decision made on any replica is honoured by the next search on every other),
 * on threads of their own: the read blocks, and code that runs after an agency's answer
 * must not (decision 10).
 */
@Component
public class IdentityDecisions implements DisposableBean {

	/**
	 * As many as the connection pool is likely to lend at once; more would only queue.
	 */
	private static final int READERS = 4;

	private final IdentityDecisionStore store;

	private final ExecutorService readers;

	IdentityDecisions(IdentityDecisionStore store) {
		this.store = store;
		AtomicInteger count = new AtomicInteger();
		this.readers = Executors.newFixedThreadPool(READERS, (task) -> {
			Thread thread = new Thread(task, "identity-decisions-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * The decisions in force between any of the records.
	 * @return completes with them, or exceptionally if the database cannot be read (a
	 * search is then not answered: an answer that ignored a "not the same person" could
	 * show one person's records as another's)
	 */
	public CompletableFuture<RecordDecisions> among(Collection<PersonRecord> records) {
		Set<String> keys = new LinkedHashSet<>();
		records.forEach((record) -> keys.add(RecordDecisions.keyOf(record)));
		if (keys.isEmpty()) {
			return CompletableFuture.completedFuture(RecordDecisions.NONE);
		}
		return CompletableFuture.supplyAsync(() -> RecordDecisions.of(this.store.inForceAmong(keys)), this.readers);
	}

	@Override
	public void destroy() {
		this.readers.shutdownNow();
	}

}
