package org.casebridge.gateway;

import java.util.concurrent.ForkJoinPool;

/**
 * Keeps the JDK's shared asynchronous pool a pool on small machines.
 * <p>
 * The JDK's HTTP client completes every {@code sendAsync} on {@code CompletableFuture}'s
 * default executor, the common fork-join pool, and so does every asynchronous stage given
 * no executor. On a machine or container with one or two cores that pool's parallelism is
 * 1, and the JDK then starts a new thread for every such task instead: several threads
 * per person view, hundreds a second under load, each costing a thread's creation, stack
 * and teardown. Asking for a parallelism of at least 2 keeps the pool; it has to happen
 * before anything uses the pool, so first thing in {@code main}.
 */
public final class AsyncPool {

	static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

	private AsyncPool() {
	}

	/**
	 * Sets the common pool's parallelism to at least 2 unless it was set explicitly.
	 * @return the common pool's parallelism in force
	 */
	public static int ensureShared() {
		if (System.getProperty(PARALLELISM) == null) {
			int cores = Runtime.getRuntime().availableProcessors();
			System.setProperty(PARALLELISM, Integer.toString(Math.max(2, cores - 1)));
		}
		return ForkJoinPool.getCommonPoolParallelism();
	}

}
