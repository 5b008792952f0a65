package org.casebridge.gateway.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.casebridge.gateway.audit.internal.SigningKeys;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A batch that ends in an error rather than an exception — a driver's assertion, a class
 * that failed to load — fails its own requests, and the writer goes on: a dead writer
 * thread would fail every later disclosure until a restart.
 */
class AuditWriterErrorTests {

	private final AtomicReference<Error> nextConnection = new AtomicReference<>();

	private final DataSource flaky = new DelegatingDataSource(TestTrail.embedded()) {

		@Override
		public Connection getConnection() throws SQLException {
			Error error = AuditWriterErrorTests.this.nextConnection.getAndSet(null);
			if (error != null) {
				throw error;
			}
			return super.getConnection();
		}

	};

	@Test
	void anErrorFailsOnlyItsBatchAndTheWriterGoesOn() throws Exception {
		SigningKeys keys = TestTrail.keys();
		GroupCommitWriter trail = TestTrail.writer(this.flaky, keys);
		try {
			assertThat(trail.record(TestTrail.search("worker.before"))).isEqualTo(1L);

			this.nextConnection.set(new AssertionError("driver assertion"));
			assertThatExceptionOfType(AuditUnavailableException.class)
				.isThrownBy(() -> trail.record(TestTrail.search("worker.during")))
				.withCauseInstanceOf(AssertionError.class);
			this.nextConnection.set(new NoClassDefFoundError("org/example/Missing"));
			assertThatExceptionOfType(AuditUnavailableException.class)
				.isThrownBy(() -> trail.record(TestTrail.view("worker.during", "ph_1", "PLACEMENT_ADDRESS")))
				.withCauseInstanceOf(NoClassDefFoundError.class);

			assertThat(trail.record(TestTrail.search("worker.after"))).isEqualTo(2L);
			assertThat(trail.record(TestTrail.search("worker.after"))).isEqualTo(3L);
			assertThat(trail.isRunning()).isTrue();
		}
		finally {
			trail.stop();
		}
		assertThat(TestTrail.verify(this.flaky, keys).describe()).startsWith("OK: verified 3 records");
	}

}
