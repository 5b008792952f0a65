package org.casebridge.gateway.source;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import org.casebridge.connector.SourceException;

/** Classifies failures for the resilience instances. */
final class SourceFailures {

	private SourceFailures() {
	}

	static Throwable unwrap(Throwable failure) {
		Throwable current = failure;
		while ((current instanceof CompletionException || current instanceof ExecutionException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	/** Whether a failed read may be repeated: only agency failures that say so. */
	static boolean retryable(Throwable failure) {
		return unwrap(failure) instanceof SourceException sourceException && sourceException.retryable();
	}

	/**
	 * Whether a failure counts against the agency's circuit: a "not found" is a healthy
	 * answer.
	 */
	static boolean countsAgainstCircuit(Throwable failure) {
		Throwable cause = unwrap(failure);
		return !(cause instanceof SourceException.NotFound);
	}

	/**
	 * Whether a failure is the gateway's own limit, which says nothing about the agency:
	 * the call never left. The circuit neither counts it as a failure (a burst of our own
	 * load would otherwise cut everyone off from a healthy agency for the open state's
	 * whole wait) nor as a success.
	 */
	static boolean ownLimit(Throwable failure) {
		return unwrap(failure) instanceof BulkheadFullException;
	}

}
