package org.casebridge.connector.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a connector's future came to, for tests: its value, or the exception it failed
 * with, unwrapped as the gateway sees it. Waits at most ten seconds.
 */
public final class Outcomes {

	private Outcomes() {
	}

	/** The exception a future failed with, unwrapped; fails if the future succeeds. */
	public static Throwable failureOf(CompletableFuture<?> future) {
		try {
			Object value = future.get(10, TimeUnit.SECONDS);
			throw new AssertionError("expected a failure but got " + value);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			while (cause instanceof CompletionException && cause.getCause() != null) {
				cause = cause.getCause();
			}
			return cause;
		}
		catch (InterruptedException | TimeoutException ex) {
			throw new AssertionError("the future did not complete", ex);
		}
	}

	/** The value a future completed with; fails if the future fails. */
	public static <T> T valueOf(CompletableFuture<T> future) {
		try {
			return future.get(10, TimeUnit.SECONDS);
		}
		catch (ExecutionException | InterruptedException | TimeoutException ex) {
			throw new AssertionError("the future did not succeed", ex);
		}
	}

}
