package org.casebridge.gateway.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
 * while it is gone, and the same writer, untouched, commits again once it returns.
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
		committed.add(this.trail.record(TestTrail.search("worker.after")));
		committed.add(this.trail.record(TestTrail.search("worker.after")));

		assertThat(committed).containsExactly(1L, 2L, 3L, 4L);
		assertThat(this.database.count("SELECT count(*) FROM audit_event WHERE subject = 'worker.during'")).isZero();
		assertThat(TestTrail.verify(this.database.owner(), this.keys).describe()).startsWith("OK: verified 4 records");
	}

}
