package org.casebridge.gateway.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.casebridge.gateway.audit.internal.SigningKeys;

/**
 * How much auditing costs: records per second and the latency {@code record()} adds to a
 * request, at 1, 16 and 64 concurrent callers, against the local PostgreSQL server (a
 * fresh database, dropped afterwards). Not part of the test suite; run by hand, see
 * docs/audit.md.
 */
public final class AuditThroughputBenchmark {

	private static final Duration WARM_UP = Duration.ofSeconds(3);

	private static final Duration MEASURE = Duration.ofSeconds(10);

	private AuditThroughputBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] levels = (args.length > 0) ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
				: new int[] { 1, 16, 64 };
		try (TestDatabase database = TestDatabase.create()) {
			SigningKeys keys = TestTrail.keys();
			GroupCommitWriter trail = TestTrail.writer(database.appRole(), keys, Duration.ofSeconds(2), 500,
					Clock.systemUTC());
			System.out.println("callers  records/s  p50 ms  p99 ms  max ms");
			for (int callers : levels) {
				run(trail, callers, WARM_UP);
				long[] latencies = run(trail, callers, MEASURE);
				Arrays.sort(latencies);
				System.out.printf("%7d  %9.0f  %6.2f  %6.2f  %6.2f%n", callers,
						latencies.length / (double) MEASURE.toSeconds(), millis(latencies, 0.50),
						millis(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
			}
			trail.stop();
			long before = System.nanoTime();
			String verdict = TestTrail.verify(database.appRole(), keys).describe();
			System.out.printf("%s in %.1f s%n", verdict, (System.nanoTime() - before) / 1e9);
		}
	}

	private static long[] run(GroupCommitWriter trail, int callers, Duration duration) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		CountDownLatch start = new CountDownLatch(1);
		long end = System.nanoTime() + duration.toNanos();
		List<Future<List<Long>>> results = new ArrayList<>();
		for (int c = 0; c < callers; c++) {
			String subject = "bench." + c;
			results.add(pool.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				start.await();
				while (System.nanoTime() < end) {
					long before = System.nanoTime();
					trail.record(TestTrail.view(subject, "ph_bench", "PLACEMENT_ADDRESS", "IDENTITY"));
					latencies.add(System.nanoTime() - before);
				}
				return latencies;
			}));
		}
		start.countDown();
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> result : results) {
			all.addAll(result.get(duration.toSeconds() + 30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		return all.stream().mapToLong(Long::longValue).toArray();
	}

	private static double millis(long[] sorted, double quantile) {
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
	}

}
