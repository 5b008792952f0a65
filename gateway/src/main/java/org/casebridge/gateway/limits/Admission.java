package org.casebridge.gateway.limits;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

import org.springframework.beans.factory.DisposableBean;

/**
 * How many operations run at once, and whose turn it is. Beyond the limit an operation
 * waits, before anything is parsed and before any agency's clock starts; beyond the
 * queue, or after waiting too long, it is refused with {@link OverloadedException}.
 * <p>
 * Callers are served fairly: each caller (a user or an integrator's client) has a queue
 * of its own, the queues take turns, and no caller runs more than its share of the
 * operations at once or holds more than its share of the waiting places. One caller's
 * burst of slow searches therefore fills its own queue, not everyone's: another caller's
 * operation starts at the next free place, however many the first has waiting.
 * <p>
 * Without it, a burst larger than the gateway can serve starts every operation at once:
 * each one's agency calls share the CPU with all the others, run into their time limits,
 * count as failures and open the agencies' circuits, so that everyone gets partial
 * answers. With it, admitted operations run at full speed and the rest wait their turn or
 * are told to come back. Nothing here blocks a thread: a waiting operation is a queue
 * entry, and its time limit is a task on this class's own timer thread.
 * <p>
 * A caller's share binds while another caller is present: running or waiting, or seen
 * within {@code presence}. A caller alone may use every place, so that one integrator on
 * a quiet gateway is not held to a fraction of it; when another caller arrives, the first
 * caller's operations beyond its share are not interrupted but not replaced either, and
 * the newcomer takes the next free place. Presence outlives an operation so that a
 * caseworker between two clicks still counts: otherwise a flood would take back every
 * place in the instant between one of their operations and the next.
 * <p>
 * A caller whose own waiting places are all taken, while others' are not, is refused
 * after {@code maxWait} rather than at once: a client that ignores {@code Retry-After}
 * and asks again at once would otherwise spend the gateway's CPU on refusals as fast as
 * it can send, and every other caller's operations would share the core with them. Held
 * refusals are bounded like the waiting places; beyond them, refusals are immediate.
 */
final class Admission implements MeterBinder, DisposableBean {

	private final int limit;

	private final int limitPerCaller;

	private final int maxQueued;

	private final int maxQueuedPerCaller;

	private final Duration maxWait;

	private final long presenceNanos;

	private final LongSupplier nanoTime;

	/**
	 * When each caller was last admitted or finished an operation, oldest first; callers
	 * not seen within {@code presence} are dropped. Guarded by {@code this}.
	 */
	private final LinkedHashMap<String, Long> lastSeen = new LinkedHashMap<>(16, 0.75f, true);

	/** Each caller's waiting operations, in arrival order. Guarded by {@code this}. */
	private final Map<String, ArrayDeque<Waiter>> queues = new HashMap<>();

	/** The callers with operations waiting, in the order their turns come. */
	private final ArrayDeque<String> turns = new ArrayDeque<>();

	/** Operations running per caller. Guarded by {@code this}. */
	private final Map<String, Integer> runningPerCaller = new HashMap<>();

	private final ScheduledThreadPoolExecutor timer;

	private final AtomicLong refused = new AtomicLong();

	/** Guarded by {@code this}. */
	private int running;

	/** Guarded by {@code this}. */
	private int waitingCount;

	/** Refusals held until {@code maxWait}. Guarded by {@code this}. */
	private int heldCount;

	/**
	 * @param limit the most operations running at once
	 * @param limitPerCaller the most operations of one caller running at once
	 * @param maxQueued the most operations waiting at once; 0 refuses at once when full
	 * @param maxQueuedPerCaller the most operations of one caller waiting at once
	 * @param maxWait the longest an operation waits before it is refused
	 * @param presence how long after its last operation a caller still counts as present,
	 * so that another caller is held to its share
	 * @param nanoTime the clock presence is measured with
	 */
	Admission(int limit, int limitPerCaller, int maxQueued, int maxQueuedPerCaller, Duration maxWait, Duration presence,
			LongSupplier nanoTime) {
		if (limit < 1 || limitPerCaller < 1 || maxQueued < 0 || maxQueuedPerCaller < 0 || maxWait.isNegative()
				|| presence.isNegative()) {
			throw new IllegalArgumentException(
					"limits >= 1, queue lengths >= 0, maxWait >= 0 and presence >= 0 are required");
		}
		this.presenceNanos = presence.toNanos();
		this.nanoTime = nanoTime;
		this.limit = limit;
		this.limitPerCaller = Math.min(limitPerCaller, limit);
		this.maxQueued = maxQueued;
		this.maxQueuedPerCaller = Math.min(maxQueuedPerCaller, maxQueued);
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
	 * A permit for {@code caller} to run one operation, emitted when it may start; the
	 * caller releases it when the operation ends, however it ends. A caller who cancels
	 * while waiting leaves the queue; a permit granted to a caller who has just gone away
	 * is given back here, whether Reactor discards it or drops it (a cancellation that
	 * races the grant drops the value without discarding it).
	 */
	Mono<Permit> admit(String caller) {
		return Mono.<Permit>create((sink) -> admit(caller, sink)).doOnDiscard(Permit.class, Permit::release);
	}

	private void admit(String caller, MonoSink<Permit> sink) {
		Waiter waiter = new Waiter(caller, sink);
		sink.onCancel(() -> {
			if (leaveQueue(waiter)) {
				waiter.cancelTimeout();
			}
			else if (waiter.held) {
				if (waiter.timeout != null && waiter.timeout.cancel(false)) {
					unhold();
				}
			}
			else {
				// Reactor calls this only when the cancellation came before the permit
				// reached the caller: a permit granted now, or about to be, is nobody's
				waiter.abandon();
			}
		});
		Decision decision;
		synchronized (this) {
			ArrayDeque<Waiter> queue = this.queues.get(caller);
			int queued = (queue != null) ? queue.size() : 0;
			seen(caller);
			if (this.running < this.limit && runningOf(caller) < shareOf(caller) && queued == 0) {
				start(caller);
				decision = Decision.RUN;
			}
			else if (this.waitingCount < this.maxQueued && queued < this.maxQueuedPerCaller) {
				if (queue == null) {
					queue = new ArrayDeque<>();
					this.queues.put(caller, queue);
					this.turns.addLast(caller);
				}
				queue.addLast(waiter);
				this.waitingCount++;
				decision = Decision.WAIT;
			}
			else if (this.waitingCount < this.maxQueued && this.heldCount < this.maxQueued) {
				// the caller's own places are full, not everyone's: its refusal waits out
				// max-wait, so a client that ignores Retry-After cannot spin on refusals
				this.heldCount++;
				waiter.held = true;
				decision = Decision.HOLD;
			}
			else {
				decision = Decision.REFUSE;
			}
		}
		switch (decision) {
			case RUN -> waiter.grant(new Permit(caller));
			case REFUSE -> refuse(sink);
			case HOLD -> waiter.timeout = this.timer.schedule(() -> {
				unhold();
				refuse(sink);
			}, this.maxWait.toNanos(), TimeUnit.NANOSECONDS);
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

	private synchronized void unhold() {
		this.heldCount--;
	}

	synchronized int held() {
		return this.heldCount;
	}

	private synchronized boolean leaveQueue(Waiter waiter) {
		ArrayDeque<Waiter> queue = this.queues.get(waiter.caller);
		if (queue == null || !queue.remove(waiter)) {
			return false;
		}
		this.waitingCount--;
		if (queue.isEmpty()) {
			this.queues.remove(waiter.caller);
			this.turns.remove(waiter.caller);
		}
		return true;
	}

	private void release(String caller) {
		Waiter next;
		synchronized (this) {
			this.running--;
			this.runningPerCaller.computeIfPresent(caller, (key, count) -> (count > 1) ? count - 1 : null);
			seen(caller);
			next = nextInTurn();
			if (next == null) {
				return;
			}
			start(next.caller);
		}
		next.cancelTimeout();
		next.grant(new Permit(next.caller));
	}

	/**
	 * The first waiting operation of the next caller, in turn, who is below their share;
	 * that caller goes to the back of the turns if they have more waiting.
	 */
	private Waiter nextInTurn() {
		for (int i = this.turns.size(); i > 0; i--) {
			String caller = this.turns.pollFirst();
			if (runningOf(caller) >= shareOf(caller)) {
				this.turns.addLast(caller);
				continue;
			}
			ArrayDeque<Waiter> queue = this.queues.get(caller);
			Waiter next = queue.pollFirst();
			this.waitingCount--;
			if (queue.isEmpty()) {
				this.queues.remove(caller);
			}
			else {
				this.turns.addLast(caller);
			}
			return next;
		}
		return null;
	}

	private void start(String caller) {
		this.running++;
		this.runningPerCaller.merge(caller, 1, Integer::sum);
	}

	/**
	 * The places {@code caller} may hold now: its share while another caller is present,
	 * every place while it is alone.
	 */
	private int shareOf(String caller) {
		boolean othersPresent = othersIn(this.lastSeen, caller) || othersIn(this.runningPerCaller, caller)
				|| othersIn(this.queues, caller);
		return othersPresent ? this.limitPerCaller : this.limit;
	}

	private static boolean othersIn(Map<String, ?> callers, String caller) {
		return callers.size() > (callers.containsKey(caller) ? 1 : 0);
	}

	/** Notes that {@code caller} is present now and forgets those long gone. */
	private void seen(String caller) {
		long now = this.nanoTime.getAsLong();
		this.lastSeen.put(caller, now);
		Iterator<Map.Entry<String, Long>> oldest = this.lastSeen.entrySet().iterator();
		while (oldest.hasNext()) {
			if (now - oldest.next().getValue() <= this.presenceNanos) {
				break;
			}
			oldest.remove();
		}
	}

	private int runningOf(String caller) {
		return this.runningPerCaller.getOrDefault(caller, 0);
	}

	synchronized int running() {
		return this.running;
	}

	synchronized int waiting() {
		return this.waitingCount;
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

		private final String caller;

		private final AtomicBoolean released = new AtomicBoolean();

		private Permit(String caller) {
			this.caller = caller;
		}

		void release() {
			if (this.released.compareAndSet(false, true)) {
				Admission.this.release(this.caller);
			}
		}

	}

	private enum Decision {

		RUN, WAIT, HOLD, REFUSE

	}

	private static final class Waiter {

		private final String caller;

		private final MonoSink<Permit> sink;

		/**
		 * Set just after the waiter joins the queue (or its refusal is held); a waiter
		 * served sooner has none.
		 */
		private volatile ScheduledFuture<?> timeout;

		/** Whether this is a refusal held until max-wait; never given a permit. */
		private volatile boolean held;

		/** The permit granted to this waiter, once it is granted. */
		private volatile Permit permit;

		/** Whether the caller went away before the permit reached it. */
		private volatile boolean abandoned;

		Waiter(String caller, MonoSink<Permit> sink) {
			this.caller = caller;
			this.sink = sink;
		}

		/**
		 * Hands the permit to the caller, or back, if the caller has gone away. Together
		 * with {@link #abandon()} (each writes its own field, then reads the other's) at
		 * least one of the two sees the other, so a permit racing a cancellation is
		 * released at least once, and a permit releases only once.
		 */
		void grant(Permit granted) {
			this.permit = granted;
			if (this.abandoned) {
				granted.release();
			}
			else {
				this.sink.success(granted);
			}
		}

		void abandon() {
			this.abandoned = true;
			Permit granted = this.permit;
			if (granted != null) {
				granted.release();
			}
		}

		void cancelTimeout() {
			ScheduledFuture<?> scheduled = this.timeout;
			if (scheduled != null) {
				scheduled.cancel(false);
			}
		}

	}

}
