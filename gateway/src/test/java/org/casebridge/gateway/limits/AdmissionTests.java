package org.casebridge.gateway.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Admission of operations: at most the limit run at once, the next ones wait (one
 * caller's in arrival order, callers taking turns), and beyond the queue or the wait they
 * are refused; no caller holds more than its share; no permit is ever lost or given
 * twice, whatever the callers do.
 */
class AdmissionTests {

	private static final Duration PRESENCE = Duration.ofSeconds(30);

	private final List<Admission> created = new ArrayList<>();

	/** The clock presence is measured with, moved by hand. */
	private final AtomicLong now = new AtomicLong();

	@AfterEach
	void stopTimers() {
		this.created.forEach(Admission::destroy);
	}

	private Admission admission(int limit, int maxQueued, Duration maxWait) {
		Admission admission = new Admission(limit, limit, maxQueued, maxQueued, maxWait, PRESENCE, this.now::get);
		this.created.add(admission);
		return admission;
	}

	private Admission fair(int limit, int perCaller, int maxQueued, int maxQueuedPerCaller) {
		Admission admission = new Admission(limit, perCaller, maxQueued, maxQueuedPerCaller, Duration.ofSeconds(30),
				PRESENCE, this.now::get);
		this.created.add(admission);
		return admission;
	}

	@Test
	void operationsBeyondTheLimitWaitAndStartInArrivalOrder() {
		Admission admission = admission(2, 10, Duration.ofSeconds(30));
		Admission.Permit first = admission.admit("a").block();
		Admission.Permit second = admission.admit("a").block();
		List<String> started = new ArrayList<>();
		CompletableFuture<Admission.Permit> third = admission.admit("a")
			.doOnNext((permit) -> started.add("third"))
			.toFuture();
		CompletableFuture<Admission.Permit> fourth = admission.admit("a")
			.doOnNext((permit) -> started.add("fourth"))
			.toFuture();

		assertThat(admission.running()).isEqualTo(2);
		assertThat(admission.waiting()).isEqualTo(2);
		assertThat(third).isNotDone();

		first.release();
		assertThat(third).isCompleted();
		assertThat(fourth).isNotDone();
		second.release();
		assertThat(fourth).isCompleted();
		assertThat(started).containsExactly("third", "fourth");
		assertThat(admission.running()).isEqualTo(2);

		third.join().release();
		fourth.join().release();
		assertThat(admission.running()).isZero();
		assertThat(admission.waiting()).isZero();
	}

	@Test
	void callersTakeTurnsSoAFloodDoesNotDelayAnotherCallersOperation() {
		Admission admission = fair(2, 2, 100, 100);
		Admission.Permit first = admission.admit("flood").block();
		Admission.Permit second = admission.admit("flood").block();
		List<String> started = new ArrayList<>();
		List<CompletableFuture<Admission.Permit>> flood = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			flood.add(admission.admit("flood").doOnNext((p) -> started.add("flood")).toFuture());
		}
		CompletableFuture<Admission.Permit> auditor = admission.admit("auditor")
			.doOnNext((p) -> started.add("auditor"))
			.toFuture();

		first.release();
		second.release();

		assertThat(started).as("the auditor's turn comes second, not after the five")
			.containsExactly("flood", "auditor");
		auditor.join().release();
		flood.forEach((f) -> f.join().release());
		assertThat(admission.running()).isZero();
		assertThat(admission.waiting()).isZero();
	}

	@Test
	void oneCallerRunsAtMostItsShareWhileAnotherIsPresent() {
		Admission admission = fair(4, 2, 100, 100);
		Admission.Permit other = admission.admit("welfare-1").block();
		Admission.Permit first = admission.admit("flood").block();
		Admission.Permit second = admission.admit("flood").block();
		CompletableFuture<Admission.Permit> third = admission.admit("flood").toFuture();

		assertThat(third).as("beyond its share, with a place left for others").isNotDone();
		assertThat(admission.running()).isEqualTo(3);
		other.release();
		assertThat(third).as("the other caller finished a moment ago: still present").isNotDone();

		first.release();
		assertThat(third).isCompleted();
		second.release();
		third.join().release();
		assertThat(admission.running()).isZero();
		assertThat(admission.waiting()).isZero();
	}

	@Test
	void aCallerAloneUsesEveryPlaceAndIsHeldToItsShareWhenAnotherArrives() {
		Admission admission = fair(4, 2, 100, 100);
		List<Admission.Permit> flood = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			flood.add(admission.admit("flood").block(Duration.ofSeconds(1)));
		}
		assertThat(admission.running()).as("alone, every place").isEqualTo(4);
		CompletableFuture<Admission.Permit> fifth = admission.admit("flood").toFuture();
		CompletableFuture<Admission.Permit> other = admission.admit("welfare-1").toFuture();

		flood.remove(0).release();
		assertThat(other).as("the newcomer takes the next free place").isCompleted();
		assertThat(fifth).isNotDone();
		flood.remove(0).release();
		assertThat(fifth).as("two of the flood's three running are its share; a place stays free").isNotDone();
		assertThat(admission.running()).isEqualTo(3);

		other.join().release();
		this.now.addAndGet(PRESENCE.toNanos() + 1);
		flood.remove(0).release();
		assertThat(fifth).as("the other caller gone longer than the presence: alone again").isCompleted();
		fifth.join().release();
		flood.forEach(Admission.Permit::release);
		for (int i = 0; i < 4; i++) {
			flood.add(admission.admit("flood").block(Duration.ofSeconds(1)));
		}
		assertThat(admission.running()).isEqualTo(4);
	}

	@Test
	void oneCallerCannotFillTheQueueForEveryoneElse() {
		Admission admission = fair(1, 1, 10, 2);
		Admission.Permit running = admission.admit("flood").block();
		List<String> started = new ArrayList<>();
		CompletableFuture<Admission.Permit> a = admission.admit("flood").doOnNext((p) -> started.add("a")).toFuture();
		CompletableFuture<Admission.Permit> b = admission.admit("flood").doOnNext((p) -> started.add("b")).toFuture();

		CompletableFuture<Admission.Permit> over = admission.admit("flood").toFuture();
		assertThat(over).as("refused after max-wait, never admitted").isNotDone();
		assertThat(admission.held()).isEqualTo(1);
		CompletableFuture<Admission.Permit> other = admission.admit("auditor")
			.doOnNext((p) -> started.add("auditor"))
			.toFuture();
		assertThat(admission.waiting()).as("another caller still queues").isEqualTo(3);

		running.release();
		a.join().release();
		other.join().release();
		b.join().release();
		assertThat(started).containsExactly("a", "auditor", "b");
		assertThat(admission.running()).isZero();
		assertThat(over).isNotDone();
		over.cancel(true);
	}

	@Test
	void aCallerOverItsOwnWaitingPlacesIsRefusedOnlyAfterMaxWait() {
		Admission admission = new Admission(1, 1, 10, 0, Duration.ofMillis(300), PRESENCE, this.now::get);
		this.created.add(admission);
		Admission.Permit running = admission.admit("flood").block();

		long asked = System.nanoTime();
		assertThatExceptionOfType(OverloadedException.class).isThrownBy(() -> admission.admit("flood").block());
		assertThat(System.nanoTime() - asked).as("held, not answered at once")
			.isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
		assertThat(admission.held()).isZero();
		assertThat(admission.running()).isEqualTo(1);

		running.release();
		assertThat(admission.running()).isZero();
	}

	@Test
	void aHeldRefusalWhoseCallerGoesAwayGivesItsPlaceBack() {
		Admission admission = fair(1, 1, 10, 1);
		Admission.Permit running = admission.admit("flood").block();
		CompletableFuture<Admission.Permit> queued = admission.admit("flood").toFuture();
		reactor.core.Disposable over = admission.admit("flood").subscribe();
		assertThat(admission.held()).isEqualTo(1);

		over.dispose();
		assertThat(admission.held()).isZero();
		running.release();
		queued.join().release();
	}

	@Test
	void aFullQueueRefusesAtOnce() {
		Admission admission = admission(1, 1, Duration.ofSeconds(30));
		Admission.Permit running = admission.admit("a").block();
		CompletableFuture<Admission.Permit> queued = admission.admit("a").toFuture();

		assertThatExceptionOfType(OverloadedException.class).isThrownBy(() -> admission.admit("a").block());
		assertThat(queued).isNotDone();

		running.release();
		assertThat(queued).isCompleted();
	}

	@Test
	void anOperationThatWaitsTooLongIsRefusedAndLeavesTheQueue() {
		Admission admission = admission(1, 10, Duration.ofMillis(100));
		Admission.Permit running = admission.admit("a").block();

		assertThatExceptionOfType(OverloadedException.class).isThrownBy(() -> admission.admit("a").block())
			.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(1));
		assertThat(admission.waiting()).isZero();

		running.release();
		assertThat(admission.running()).isZero();
	}

	@Test
	void aCallerWhoGoesAwayWhileWaitingTakesNoPermit() {
		Admission admission = admission(1, 10, Duration.ofSeconds(30));
		Admission.Permit running = admission.admit("a").block();
		Disposable gone = admission.admit("a").subscribe();
		CompletableFuture<Admission.Permit> next = admission.admit("a").toFuture();
		assertThat(admission.waiting()).isEqualTo(2);

		gone.dispose();
		assertThat(admission.waiting()).isEqualTo(1);
		running.release();

		assertThat(next).isCompleted();
		next.join().release();
		assertThat(admission.running()).isZero();
	}

	@Test
	void releasingTwiceGivesBackOnePermit() {
		Admission admission = admission(1, 0, Duration.ofSeconds(30));
		Admission.Permit permit = admission.admit("a").block();
		permit.release();
		permit.release();

		Admission.Permit again = admission.admit("a").block();
		assertThat(admission.running()).isEqualTo(1);
		assertThatExceptionOfType(OverloadedException.class).isThrownBy(() -> admission.admit("a").block());
		again.release();
	}

	@Test
	void aPermitGrantedJustAsItsCallerGoesAwayComesBack() throws Exception {
		// Reactor drops, without discarding, a value that meets a cancellation already
		// under way; the permit handed to such a caller must still come back
		Admission admission = admission(1, 10, Duration.ofSeconds(30));
		ExecutorService two = Executors.newFixedThreadPool(2);
		int delivered = 0;
		try {
			for (int i = 0; i < 20_000; i++) {
				Admission.Permit first = admission.admit("a").block();
				AtomicInteger got = new AtomicInteger();
				// shaped as the gateway uses a permit: released when the operation ends,
				// however it ends
				Disposable second = admission.admit("a").flatMap((permit) -> {
					got.incrementAndGet();
					return Mono.empty().doFinally((signal) -> permit.release());
				}).subscribe();
				assertThat(admission.waiting()).isEqualTo(1);
				CyclicBarrier together = new CyclicBarrier(2);
				Future<?> release = two.submit(() -> {
					together.await();
					first.release();
					return null;
				});
				Future<?> cancel = two.submit(() -> {
					together.await();
					second.dispose();
					return null;
				});
				release.get(10, TimeUnit.SECONDS);
				cancel.get(10, TimeUnit.SECONDS);
				delivered += got.get();
				assertThat(admission.waiting()).as("waiting after race %d", i).isZero();
				assertThat(admission.running()).as("running after race %d", i).isZero();
			}
		}
		finally {
			two.shutdownNow();
		}
		// both orders occurred: the race was really run
		assertThat(delivered).isBetween(1, 19_999);
	}

	@Test
	void underContentionNoMoreThanTheLimitRunAndEveryCallerIsAnswered() throws Exception {
		int limit = 3;
		int callers = 8;
		int perCaller = 500;
		Admission admission = admission(limit, callers * perCaller, Duration.ofSeconds(30));
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger mostInside = new AtomicInteger();
		AtomicInteger finished = new AtomicInteger();
		AtomicInteger cancelled = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(callers * perCaller);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		ExecutorService work = Executors.newFixedThreadPool(4);
		try {
			for (int c = 0; c < callers; c++) {
				int caller = c;
				pool.execute(() -> {
					for (int i = 0; i < perCaller; i++) {
						Mono<Integer> operation = admission.admit("a").flatMap((permit) -> Mono.fromCallable(() -> {
							int now = inside.incrementAndGet();
							mostInside.accumulateAndGet(now, Math::max);
							inside.decrementAndGet();
							return now;
						})
							.subscribeOn(reactor.core.scheduler.Schedulers.fromExecutor(work))
							.doFinally((signal) -> permit.release()));
						if ((caller + i) % 7 == 0) {
							// some callers give up at once, whether or not they were
							// admitted
							operation.subscribe().dispose();
							cancelled.incrementAndGet();
							done.countDown();
						}
						else {
							operation.doFinally((signal) -> {
								finished.incrementAndGet();
								done.countDown();
							}).subscribe();
						}
					}
				});
			}
			assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			pool.shutdownNow();
			work.shutdown();
			assertThat(work.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}

		assertThat(mostInside.get()).isBetween(1, limit);
		assertThat(finished.get() + cancelled.get()).isEqualTo(callers * perCaller);
		// a caller that gave up hands its permit back when the cancellation reaches the
		// operation, which may be just after the caller counted itself done: every permit
		// must come back, promptly, but not necessarily before the last countdown
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while ((admission.waiting() != 0 || admission.running() != 0) && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(admission.waiting()).isZero();
		assertThat(admission.running()).isZero();
		Admission.Permit[] all = new Admission.Permit[limit];
		for (int i = 0; i < limit; i++) {
			all[i] = admission.admit("a").block(Duration.ofSeconds(1));
		}
		assertThat(admission.running()).isEqualTo(limit);
	}

}
