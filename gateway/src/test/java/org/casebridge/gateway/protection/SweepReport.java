package org.casebridge.gateway.protection;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one sweep tried and found: how many answers it checked and every value that
 * reached an answer it must not have. Runs its work on a few threads, as several
 * caseworkers at once would.
 */
final class SweepReport {

	private static final int THREADS = 6;

	private final String name;

	private final AtomicLong answers = new AtomicLong();

	private final AtomicLong checks = new AtomicLong();

	private final ConcurrentLinkedQueue<String> leaks = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

	SweepReport(String name) {
		this.name = name;
	}

	/** Notes that {@code answer} must contain none of {@code forbidden}. */
	void mustNotContain(String answer, Set<String> forbidden, String context) {
		this.answers.incrementAndGet();
		for (String value : forbidden) {
			this.checks.incrementAndGet();
			if (answer.contains(value)) {
				this.leaks.add(context + " disclosed \"" + value + "\"");
			}
		}
	}

	/** Notes that {@code answer} must not contain two or more of {@code together}. */
	void mustNotContainTogether(String answer, Set<String> together, String context) {
		if (together.size() < 2) {
			return;
		}
		this.checks.incrementAndGet();
		List<String> present = together.stream().filter(answer::contains).toList();
		if (present.size() > 1) {
			this.leaks.add(context + " disclosed " + present.size() + " of her SSNs side by side");
		}
	}

	/** Whether {@code answer} contains one of {@code expected}, counted as an answer. */
	boolean containsAny(String answer, Set<String> expected) {
		this.answers.incrementAndGet();
		return expected.stream().anyMatch(answer::contains);
	}

	long answers() {
		return this.answers.get();
	}

	List<String> leaks() {
		return List.copyOf(this.leaks);
	}

	/** Runs the tasks on the sweep's threads; a task that throws is recorded as an error. */
	void run(List<Runnable> tasks) {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> running = new java.util.ArrayList<>();
			for (Runnable task : tasks) {
				running.add(pool.submit(() -> {
					try {
						task.run();
					}
					catch (RuntimeException | AssertionError ex) {
						this.errors.add(String.valueOf(ex.getMessage()));
					}
				}));
			}
			for (Future<?> task : running) {
				task.get(10, TimeUnit.MINUTES);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
		if (!this.errors.isEmpty()) {
			throw new AssertionError(this.errors.size() + " sweep requests failed, first: " + this.errors.peek());
		}
	}

	String summary() {
		return this.name + ": " + this.answers.get() + " answers, " + this.checks.get() + " value checks, "
				+ this.leaks.size() + " leaks";
	}

}
