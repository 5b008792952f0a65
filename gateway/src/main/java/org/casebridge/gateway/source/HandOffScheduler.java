package org.casebridge.gateway.source;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The timers of agency calls — each attempt's time limit, the delay before a retry, the
 * request's deadline — whose threads only hand each due task to a pool.
 * <p>
 * A timeout completes a call's future, and whatever follows runs on the completing
 * thread: the call's outcome, the rest of the person view, graphql-java completing the
 * answer. Run there, a burst of timeouts (an agency that hangs under load) would queue
 * all that work on the few timer threads, and every other call's timer would fire late
 * behind it. Handed off, a timer thread is never busy for more than a moment.
 * <p>
 * Only {@link #schedule(Runnable, long, TimeUnit)} hands off, which is what the time
 * limiter, the retry and {@link SourceCalls} use; a {@code Callable}'s result belongs to
 * its future, so those run on the timer thread as usual.
 */
final class HandOffScheduler extends ScheduledThreadPoolExecutor {

	private final Executor pool;

	HandOffScheduler(int threads, ThreadFactory threadFactory, Executor pool) {
		super(threads, threadFactory);
		this.pool = pool;
		setRemoveOnCancelPolicy(true);
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
		return super.schedule(() -> this.pool.execute(command), delay, unit);
	}

}
