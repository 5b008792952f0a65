package org.casebridge.gateway.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.casebridge.gateway.audit.TestDatabase;
import org.casebridge.gateway.audit.TestTrail;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monthly partitions are kept ready ahead of time; months past retention are detached
 * (not deleted) for archiving, and the live trail still verifies from where the archive
 * ends.
 */
class AuditRetentionTests {

	private static final Instant LONG_AGO = Instant.parse("2015-03-10T12:00:00Z");

	private TestDatabase database;

	private SigningKeys keys;

	@BeforeEach
	void createDatabase() {
		this.database = TestDatabase.create();
		this.keys = TestTrail.keys();
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void partitionsAreCreatedAheadAndMaintenanceIsIdempotent() throws SQLException {
		PartitionMaintainer maintainer = new PartitionMaintainer(this.database.appRole(), 5, Period.ofYears(7),
				Duration.ofHours(6), Clock.systemUTC());
		maintainer.maintain();
		maintainer.maintain();
		LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
		for (int i = 0; i <= 5; i++) {
			String name = "audit_event_%d_%02d".formatted(month.plusMonths(i).getYear(),
					month.plusMonths(i).getMonthValue());
			assertThat(this.database.count("SELECT count(*) FROM pg_inherits WHERE inhrelid = to_regclass('" + name
					+ "') AND inhparent = 'audit_event'::regclass"))
				.as(name)
				.isEqualTo(1);
		}
	}

	@Test
	void monthsPastRetentionAreDetachedAndTheLiveTrailStillVerifies() throws SQLException {
		try (Connection connection = this.database.appRole().getConnection()) {
			PartitionMaintainer.createPartition(connection, LocalDate.of(2015, 3, 1));
		}
		GroupCommitWriter past = TestTrail.writer(this.database.appRole(), this.keys, Duration.ofSeconds(2), 3,
				Clock.fixed(LONG_AGO, ZoneOffset.UTC));
		for (int i = 0; i < 4; i++) {
			past.record(TestTrail.search("worker.2015"));
		}
		past.stop();
		GroupCommitWriter present = TestTrail.writer(this.database.appRole(), this.keys);
		for (int i = 0; i < 3; i++) {
			present.record(TestTrail.search("worker.now"));
		}
		present.stop();
		assertThat(TestTrail.verify(this.database.appRole(), this.keys).describe())
			.isEqualTo("OK: verified 7 records and 4 checkpoints");

		PartitionMaintainer maintainer = new PartitionMaintainer(this.database.appRole(), 2, Period.ofYears(7),
				Duration.ofHours(6), Clock.systemUTC());
		assertThat(maintainer.maintain()).containsExactly("audit_event_2015_03");

		assertThat(this.database.count("SELECT count(*) FROM audit_event")).isEqualTo(3);
		assertThat(this.database.count("SELECT count(*) FROM audit_event_2015_03")).isEqualTo(4);
		assertThat(
				this.database.count("SELECT last_seq FROM audit_archive WHERE partition_name = 'audit_event_2015_03'"))
			.isEqualTo(4);
		assertThat(TestTrail.verify(this.database.appRole(), this.keys).describe())
			.isEqualTo("OK: verified 3 records and 4 checkpoints");
	}

}
