package org.casebridge.gateway.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.casebridge.gateway.audit.internal.SigningKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The database goes away under a running writer and comes back: requests fail closed
 * while it is gone, and the same writer, untouched, commits again once it returns. No
 * caller ever gets an answer whose record is not in the trail, and the chain stays
 * gap-free.
 */
class AuditOutageTests {

	private TestDatabase database;

	private TcpProxy proxy;

	private GroupCommitWriter trail;

	private SigningKeys keys;

	@BeforeEach
	void startTrailBehindProxy() throws Exception {
		this.database = TestDatabase.create();
		this.proxy = new TcpProxy(TestDatabase.HOST, TestDatabase.PORT);
		HikariDataSource throughProxy = this.database.pool(this.database.url("127.0.0.1", this.proxy.port()),
				(config) -> config.setConnectionInitSql("SET ROLE casebridge_app"));
		this.keys = TestTrail.keys();
		this.trail = TestTrail.writer(throughProxy, this.keys, Duration.ofMillis(1500), 5, Clock.systemUTC());
	}

	@AfterEach
	void stop() throws Exception {
		this.trail.stop();
		this.proxy.close();
		this.database.close();
	}

	@Test
	void failsClosedDuringAnOutageAndRecoversByItself() throws Exception {
		List<Long> committed = new ArrayList<>();
		committed.add(this.trail.record(TestTrail.search("worker.before")));
		committed.add(this.trail.record(TestTrail.search("worker.before")));

		this.proxy.cut();
		long started = System.nanoTime();
		assertThatExceptionOfType(AuditUnavailableException.class)
			.isThrownBy(() -> this.trail.record(TestTrail.search("worker.during")));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThatExceptionOfType(AuditUnavailableException.class)
			.isThrownBy(() -> this.trail.record(TestTrail.view("worker.during", "ph_1", "PLACEMENT_ADDRESS")));

		this.proxy.restore();
		committed.add(firstCommitAfterOutage(TestTrail.search("worker.after"), Duration.ofSeconds(30)));
		committed.add(this.trail.record(TestTrail.search("worker.after")));

		assertThat(committed).containsExactly(1L, 2L, 3L, 4L);
		assertThat(this.database.count("SELECT count(*) FROM audit_event WHERE subject = 'worker.during'")).isZero();
		assertThat(TestTrail.verify(this.database.owner(), this.keys).describe()).startsWith("OK: verified 4 records");
	}

	/**
	 * The writer needs a new connection once the database is back, and on a busy machine
	 * opening one can take longer than a commit may wait: until then each attempt fails
	 * closed and leaves nothing behind. The writer is never told the outage is over.
	 */
	private long firstCommitAfterOutage(AuditEvent event, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (true) {
			try {
				return this.trail.record(event);
			}
			catch (AuditUnavailableException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
			}
		}
	}

	@Test
	void fiftyCallersThroughAnOutageNeverGetAnAnswerWithoutItsRecord() throws Exception {
		int callers = 50;
		Map<Long, String> answered = new ConcurrentHashMap<>();
		AtomicInteger failures = new AtomicInteger();
		CountDownLatch answeredBeforeCut = new CountDownLatch(200);
		CountDownLatch failedDuringCut = new CountDownLatch(callers);
		CountDownLatch answeredAfterRestore = new CountDownLatch(200);
		AtomicBoolean restored = new AtomicBoolean();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < callers; c++) {
			int caller = c;
			running.add(pool.submit(() -> {
				for (int i = 0; !stop.get(); i++) {
					String subject = "caller" + caller + "." + i;
					try {
						answered.put(this.trail.record(TestTrail.search(subject)), subject);
						answeredBeforeCut.countDown();
						if (restored.get()) {
							answeredAfterRestore.countDown();
						}
					}
					catch (AuditUnavailableException ex) {
						failures.incrementAndGet();
						failedDuringCut.countDown();
					}
				}
				return null;
			}));
		}
		assertThat(answeredBeforeCut.await(30, TimeUnit.SECONDS)).isTrue();
		this.proxy.cut();
		assertThat(failedDuringCut.await(30, TimeUnit.SECONDS)).isTrue();
		this.proxy.restore();
		restored.set(true);
		assertThat(answeredAfterRestore.await(30, TimeUnit.SECONDS)).isTrue();
		stop.set(true);
		for (Future<?> caller : running) {
			caller.get(30, TimeUnit.SECONDS);
		}
		pool.shutdown();

		Map<Long, String> stored = new HashMap<>();
		try (Connection connection = this.database.owner().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT seq, subject FROM audit_event ORDER BY seq")) {
			while (rs.next()) {
				stored.put(rs.getLong(1), rs.getString(2));
			}
		}
		assertThat(failures.get()).isGreaterThanOrEqualTo(callers);
		assertThat(stored).containsAllEntriesOf(answered);
		assertThat(stored.keySet())
			.containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, stored.size()).boxed().toList());
		assertThat(TestTrail.verify(this.database.owner(), this.keys).intact()).isTrue();
	}

}
