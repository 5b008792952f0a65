package org.casebridge.gateway.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.casebridge.gateway.audit.internal.SigningKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 callers on two gateway replicas (two writers, two pools, one database) record at
 * once: every caller that was told "committed" has exactly one record, and the chain has
 * no gap, no duplicate and verifies.
 */
class AuditConcurrencyTests {

	private static final int CALLERS = 64;

	private static final int RECORDS_PER_CALLER = 30;

	private static TestDatabase database;

	private static SigningKeys keys;

	private static GroupCommitWriter replicaA;

	private static GroupCommitWriter replicaB;

	@BeforeAll
	static void startTwoReplicas() {
		database = TestDatabase.create();
		keys = TestTrail.keys();
		replicaA = TestTrail.writer(database.appRole(), keys, Duration.ofSeconds(10), 100, Clock.systemUTC());
		replicaB = TestTrail.writer(database.appRole(), keys, Duration.ofSeconds(10), 100, Clock.systemUTC());
	}

	@AfterAll
	static void stop() {
		replicaA.stop();
		replicaB.stop();
		database.close();
	}

	@Test
	void everyCommittedResponseHasExactlyOneRecordAndTheChainHasNoGaps() throws Exception {
		ConcurrentLinkedQueue<Long> committed = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
		List<Future<?>> done = new ArrayList<>();
		for (int c = 0; c < CALLERS; c++) {
			GroupCommitWriter trail = (c % 2 == 0) ? replicaA : replicaB;
			String subject = "worker." + c;
			done.add(callers.submit(() -> {
				start.await();
				for (int i = 0; i < RECORDS_PER_CALLER; i++) {
					committed.add(trail.record(TestTrail.view(subject, "ph_" + i, "PLACEMENT_ADDRESS")));
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> future : done) {
			future.get(60, TimeUnit.SECONDS);
		}
		callers.shutdown();

		long total = (long) CALLERS * RECORDS_PER_CALLER;
		assertThat(committed).hasSize((int) total)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
		assertThat(database.count("SELECT count(*) FROM audit_event")).isEqualTo(total);
		assertThat(database.count("SELECT count(DISTINCT seq) FROM audit_event")).isEqualTo(total);
		assertThat(database.count("SELECT count(*) FROM audit_event WHERE subject = 'worker.7'"))
			.isEqualTo(RECORDS_PER_CALLER);
		assertThat(TestTrail.verify(database.appRole(), keys).describe())
			.startsWith("OK: verified " + total + " records");
	}

}
