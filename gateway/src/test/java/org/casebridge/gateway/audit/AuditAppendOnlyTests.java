package org.casebridge.gateway.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.casebridge.gateway.audit.internal.SigningKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application role may append and read, never change: enforced by PostgreSQL grants,
 * with a trigger as a second wall that stops even the owner.
 */
class AuditAppendOnlyTests {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	private static TestDatabase database;

	private static DataSource app;

	private static GroupCommitWriter trail;

	private static String partition;

	@BeforeAll
	static void writeSomeRecords() throws SQLException {
		database = TestDatabase.create();
		app = database.appRole();
		SigningKeys keys = TestTrail.keys();
		trail = TestTrail.writer(app, keys);
		trail.record(TestTrail.search("worker.ana"));
		trail.record(TestTrail.view("worker.ben", "ph_1", "PLACEMENT_ADDRESS"));
		try (Connection connection = database.owner().getConnection();
				Statement statement = connection.createStatement();
				var rs = statement.executeQuery("SELECT tableoid::regclass::text FROM audit_event LIMIT 1")) {
			rs.next();
			partition = rs.getString(1);
		}
	}

	@AfterAll
	static void dropDatabase() {
		trail.stop();
		database.close();
	}

	@Test
	void applicationRoleAppendsAndReads() throws SQLException {
		long seq = trail.record(TestTrail.denial("worker.cy"));
		try (Connection connection = app.getConnection();
				Statement statement = connection.createStatement();
				var rs = statement.executeQuery("SELECT current_user, count(*) FROM audit_event GROUP BY 1")) {
			rs.next();
			assertThat(rs.getString(1)).isEqualTo("casebridge_app");
			assertThat(rs.getLong(2)).isGreaterThanOrEqualTo(seq);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "UPDATE audit_event SET subject = 'x'", "DELETE FROM audit_event", "TRUNCATE audit_event",
			"UPDATE audit_checkpoint SET hash = 'x'", "DELETE FROM audit_checkpoint", "TRUNCATE audit_checkpoint",
			"DELETE FROM audit_archive", "ALTER TABLE audit_event DISABLE TRIGGER USER", "DROP TABLE audit_event" })
	void applicationRoleCannotChangeTheTrail(String sql) {
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> execute(app, sql))
			.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "UPDATE %s SET subject = 'x'", "DELETE FROM %s", "TRUNCATE %s" })
	void applicationRoleCannotChangeAPartitionDirectly(String sql) {
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> execute(app, sql.formatted(partition)))
			.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "UPDATE audit_event SET subject = 'x'", "DELETE FROM audit_event", "TRUNCATE audit_event",
			"UPDATE audit_checkpoint SET hash = 'x'", "DELETE FROM audit_checkpoint" })
	void triggerRefusesChangesEvenFromTheOwner(String sql) {
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> execute(database.owner(), sql))
			.withMessageContaining("append-only");
	}

	@Test
	void applicationRoleCannotDetachRecentPartitions() {
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> execute(app, "SELECT audit_detach_expired(interval '1 day')"))
			.withMessageContaining("at least one year");
	}

	@Test
	void trailIsUnchangedAfterEveryRefusedAttempt() throws SQLException {
		assertThat(database.count("SELECT count(*) FROM audit_event WHERE subject = 'x'")).isZero();
		assertThat(database.count("SELECT count(*) FROM audit_event")).isGreaterThanOrEqualTo(2);
	}

	private static void execute(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
