package org.casebridge.simulator.internal.http;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread pool that grows (up to a bound) whenever no thread is idle and shrinks when
 * threads stay idle, queueing only past the bound. The JDK's own pools either queue
 * before growing (so slow answers would be served one at a time) or grow without a bound.
 */
final class ElasticExecutor {

	private ElasticExecutor() {
	}

	static ThreadPoolExecutor create(String threadPrefix, int maxThreads) {
		GrowFirstQueue queue = new GrowFirstQueue();
		ThreadPoolExecutor executor = new ThreadPoolExecutor(0, maxThreads, 30, TimeUnit.SECONDS, queue,
				daemonThreads(threadPrefix), (task, pool) -> {
					if (!pool.isShutdown()) {
						queue.force(task);
					}
				});
		queue.executor = executor;
		return executor;
	}

	private static ThreadFactory daemonThreads(String prefix) {
		AtomicInteger number = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + "-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Refuses a task while the pool could start another thread and none is idle. */
	private static final class GrowFirstQueue extends LinkedBlockingQueue<Runnable> {

		private static final long serialVersionUID = 1L;

		private transient volatile ThreadPoolExecutor executor;

		@Override
		public boolean offer(Runnable task) {
			ThreadPoolExecutor pool = this.executor;
			if (pool != null && pool.getPoolSize() < pool.getMaximumPoolSize()
					&& pool.getActiveCount() >= pool.getPoolSize()) {
				return false;
			}
			return super.offer(task);
		}

		void force(Runnable task) {
			super.offer(task);
		}

	}

}
