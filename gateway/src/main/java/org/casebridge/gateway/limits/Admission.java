package org.casebridge.gateway.limits;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

import org.springframework.beans.factory.DisposableBean;

/**
 * How many operations run at once. Beyond the limit an operation waits, in arrival order,
 * before anything is parsed and before any agency's clock starts; beyond the queue, or
 * after waiting too long, it is refused with {@link OverloadedException}.
 * <p>
 * Without it, a burst larger than the gateway can serve starts every operation at once:
 * each one's agency calls share the CPU with all the others, run into their time limits,
 * count as failures and open the agencies' circuits, so that everyone gets partial
 * answers. With it, admitted operations run at full speed and the rest wait their turn or
 * are told to come back. Nothing here blocks a thread: a waiting operation is a queue
 * entry, and its time limit is a task on this class's own timer thread.
 */
final class Admission implements MeterBinder, DisposableBean {

	private final int limit;

	private final int maxQueued;

	private final Duration maxWait;

	private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();

	private final ScheduledThreadPoolExecutor timer;

	private final AtomicLong refused = new AtomicLong();

	/** Guarded by {@code this}. */
	private int running;

	/**
	 * @param limit the most operations running at once
	 * @param maxQueued the most operations waiting at once; 0 refuses at once when full
	 * @param maxWait the longest an operation waits before it is refused
	 */
	Admission(int limit, int maxQueued, Duration maxWait) {
		if (limit < 1 || maxQueued < 0 || maxWait.isNegative()) {
			throw new IllegalArgumentException("limit >= 1, maxQueued >= 0 and maxWait >= 0 are required");
		}
		this.limit = limit;
		this.maxQueued = maxQueued;
		this.maxWait = maxWait;
		this.timer = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "api-admission");
			thread.setDaemon(true);
			return thread;
		});
		this.timer.setRemoveOnCancelPolicy(true);
		this.timer.setKeepAliveTime(30, TimeUnit.SECONDS);
		this.timer.allowCoreThreadTimeOut(true);
	}

	/**
	 * A permit to run one operation, emitted when it may start; the caller releases it
	 * when the operation ends, however it ends. A caller who cancels while waiting leaves
	 * the queue; a permit granted to a caller who has just gone away is discarded by
	 * Reactor, and given back here.
	 */
	Mono<Permit> admit() {
		return Mono.<Permit>create(this::admit).doOnDiscard(Permit.class, Permit::release);
	}

	private void admit(MonoSink<Permit> sink) {
		Waiter waiter = new Waiter(sink);
		sink.onCancel(() -> {
			if (leaveQueue(waiter)) {
				waiter.cancelTimeout();
			}
		});
		Decision decision;
		synchronized (this) {
			if (this.running < this.limit) {
				this.running++;
				decision = Decision.RUN;
			}
			else if (this.waiting.size() < this.maxQueued) {
				this.waiting.addLast(waiter);
				decision = Decision.WAIT;
			}
			else {
				decision = Decision.REFUSE;
			}
		}
		switch (decision) {
			case RUN -> sink.success(new Permit());
			case REFUSE -> refuse(sink);
			case WAIT -> waiter.timeout = this.timer.schedule(() -> {
				if (leaveQueue(waiter)) {
					refuse(sink);
				}
			}, this.maxWait.toNanos(), TimeUnit.NANOSECONDS);
		}
	}

	private void refuse(MonoSink<Permit> sink) {
		this.refused.incrementAndGet();
		sink.error(new OverloadedException(this.maxWait));
	}

	private synchronized boolean leaveQueue(Waiter waiter) {
		return this.waiting.remove(waiter);
	}

	private void release() {
		Waiter next;
		synchronized (this) {
			next = this.waiting.pollFirst();
			if (next == null) {
				this.running--;
				return;
			}
		}
		// the running count passes from the finished operation to the next in line
		next.cancelTimeout();
		next.sink.success(new Permit());
	}

	synchronized int running() {
		return this.running;
	}

	synchronized int waiting() {
		return this.waiting.size();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("casebridge.api.operations.running", this, Admission::running)
			.description("GraphQL operations running")
			.register(registry);
		Gauge.builder("casebridge.api.operations.waiting", this, Admission::waiting)
			.description("GraphQL operations waiting to start")
			.register(registry);
		FunctionCounter.builder("casebridge.api.operations.refused", this.refused, AtomicLong::get)
			.description("GraphQL operations refused because the gateway was at capacity")
			.register(registry);
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

	/** The right to run one operation; released exactly once, however often called. */
	final class Permit {

		private final AtomicBoolean released = new AtomicBoolean();

		void release() {
			if (this.released.compareAndSet(false, true)) {
				Admission.this.release();
			}
		}

	}

	private enum Decision {

		RUN, WAIT, REFUSE

	}

	private static final class Waiter {

		private final MonoSink<Permit> sink;

		/** Set just after the waiter joins the queue; a waiter served sooner has none. */
		private volatile ScheduledFuture<?> timeout;

		Waiter(MonoSink<Permit> sink) {
			this.sink = sink;
		}

		void cancelTimeout() {
			ScheduledFuture<?> scheduled = this.timeout;
			if (scheduled != null) {
				scheduled.cancel(false);
			}
		}

	}

}
