package org.casebridge.simulator.internal.http;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread pool that grows (up to a bound) whenever no thread is free and shrinks when
 * threads stay idle, queueing only past the bound. The JDK's own pools either queue
 * before growing (so slow answers would be served one at a time) or grow without a bound.
 */
final class ElasticExecutor extends ThreadPoolExecutor {

	private final AtomicInteger submitted = new AtomicInteger();

	private ElasticExecutor(int maxThreads, GrowFirstQueue queue, ThreadFactory threads) {
		super(0, maxThreads, 30, TimeUnit.SECONDS, queue, threads, (task, pool) -> {
			if (!pool.isShutdown()) {
				queue.force(task);
			}
		});
	}

	static ElasticExecutor create(String threadPrefix, int maxThreads) {
		GrowFirstQueue queue = new GrowFirstQueue();
		ElasticExecutor executor = new ElasticExecutor(maxThreads, queue, daemonThreads(threadPrefix));
		queue.executor = executor;
		return executor;
	}

	@Override
	public void execute(Runnable task) {
		this.submitted.incrementAndGet();
		try {
			super.execute(task);
		}
		catch (RejectedExecutionException ex) {
			this.submitted.decrementAndGet();
			throw ex;
		}
	}

	@Override
	protected void afterExecute(Runnable task, Throwable failure) {
		this.submitted.decrementAndGet();
	}

	/** Whether every thread is busy and another may be started. */
	private boolean shouldGrow() {
		int threads = getPoolSize();
		return this.submitted.get() > threads && threads < getMaximumPoolSize();
	}

	private static ThreadFactory daemonThreads(String prefix) {
		AtomicInteger number = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + "-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * Refuses a task while the pool should grow instead, which makes the pool start a
	 * thread.
	 */
	private static final class GrowFirstQueue extends LinkedBlockingQueue<Runnable> {

		private static final long serialVersionUID = 1L;

		private transient volatile ElasticExecutor executor;

		@Override
		public boolean offer(Runnable task) {
			ElasticExecutor pool = this.executor;
			return (pool == null || !pool.shouldGrow()) && super.offer(task);
		}

		void force(Runnable task) {
			super.offer(task);
		}

	}

}
