package org.casebridge.gateway.source;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A due timer runs its task on the pool, so a slow continuation of a timeout never holds
 * the timer thread that the next timeout needs.
 */
class HandOffSchedulerTests {

	private final ExecutorService pool = Executors.newFixedThreadPool(2, new CustomizableThreadFactory("pool-"));

	private final HandOffScheduler scheduler = new HandOffScheduler(1, new CustomizableThreadFactory("timer-"),
			this.pool);

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
		this.pool.shutdownNow();
	}

	@Test
	void aDueTaskRunsOnThePoolNotOnTheTimerThread() throws Exception {
		CompletableFuture<String> ranOn = new CompletableFuture<>();

		Runnable task = () -> ranOn.complete(Thread.currentThread().getName());
		this.scheduler.schedule(task, 10, TimeUnit.MILLISECONDS);

		assertThat(ranOn.get(5, TimeUnit.SECONDS)).startsWith("pool-");
	}

	@Test
	void aTaskThatTakesLongDoesNotDelayTheNextTimer() throws Exception {
		CompletableFuture<Void> release = new CompletableFuture<>();
		CompletableFuture<String> second = new CompletableFuture<>();

		Runnable slow = release::join;
		Runnable next = () -> second.complete(Thread.currentThread().getName());
		this.scheduler.schedule(slow, 1, TimeUnit.MILLISECONDS);
		this.scheduler.schedule(next, 20, TimeUnit.MILLISECONDS);

		// with one timer thread, the second timer would wait for the first task to end
		assertThat(second.get(5, TimeUnit.SECONDS)).startsWith("pool-");
		release.complete(null);
	}

	@Test
	void aCancelledTimerNeverRuns() throws Exception {
		AtomicBoolean ran = new AtomicBoolean();
		ScheduledFuture<?> timer = this.scheduler.schedule(() -> ran.set(true), 200, TimeUnit.MILLISECONDS);
		CompletableFuture<Void> later = new CompletableFuture<>();
		Runnable afterIt = () -> later.complete(null);

		assertThat(timer.cancel(false)).isTrue();
		this.scheduler.schedule(afterIt, 400, TimeUnit.MILLISECONDS);

		later.get(5, TimeUnit.SECONDS);
		assertThat(ran).isFalse();
		assertThat(this.scheduler.getQueue()).isEmpty();
	}

}
