package org.casebridge.gateway.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.casebridge.gateway.audit.internal.SigningKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway killed before it signed its last records leaves them unsigned; the next one
 * to start signs the head it inherits, before any new record arrives.
 */
class AuditRestartTests {

	@Test
	void aRestartedWriterSignsTheUnsignedTailItInherits() throws Exception {
		DataSource database = TestTrail.embedded();
		SigningKeys keys = TestTrail.keys();
		// a clock that never moves: no checkpoint falls due, as for a gateway killed in
		// between
		GroupCommitWriter killed = TestTrail.writer(database, keys, Duration.ofSeconds(2), 1000,
				Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
		killed.record(TestTrail.search("worker.ann"));
		killed.record(TestTrail.view("worker.ann", "ph_child", "placement.location"));
		killed.record(TestTrail.search("worker.bo"));
		assertThat(lastCheckpointSeq(database)).isZero();

		GroupCommitWriter restarted = TestTrail.writer(database, keys, Duration.ofSeconds(2), 1000, Clock.systemUTC());
		try {
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> lastCheckpointSeq(database) == 3);
			assertThat(TestTrail.verify(database, keys).describe())
				.isEqualTo("OK: verified 3 records and 1 checkpoints");
		}
		finally {
			restarted.stop();
			killed.stop();
		}
	}

	private static long lastCheckpointSeq(DataSource database) throws SQLException {
		try (Connection connection = database.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT coalesce(max(seq), 0) FROM audit_checkpoint")) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
