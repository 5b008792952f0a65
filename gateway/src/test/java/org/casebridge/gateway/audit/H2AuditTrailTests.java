package org.casebridge.gateway.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.casebridge.gateway.audit.internal.PartitionMaintainer;
import org.casebridge.gateway.audit.internal.SigningKeys;
import org.casebridge.gateway.audit.internal.TrailQueries;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded demo database keeps the same trail: one plain table, same chain, same
 * verifier, same auditor queries.
 */
class H2AuditTrailTests {

	@Test
	void demoDatabaseRecordsVerifiesAndAnswersAuditorQueries() throws Exception {
		SimpleDriverDataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:audit" + System.nanoTime()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure()
			.dataSource(h2)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		SigningKeys keys = TestTrail.keys();
		GroupCommitWriter trail = TestTrail.writer(h2, keys);
		trail.record(TestTrail.view("worker.ann", "ph_child", "PLACEMENT_ADDRESS"));
		trail.record(TestTrail.view("worker.bo", "ph_child", "IDENTITY"));
		trail.record(TestTrail.search("worker.bo"));
		trail.stop();

		assertThat(TestTrail.verify(h2, keys).describe()).isEqualTo("OK: verified 3 records and 2 checkpoints");
		TrailQueries.Filter filter = new TrailQueries.Filter(Instant.now().minus(Duration.ofHours(1)),
				Instant.now().plus(Duration.ofHours(1)), "ph_child", null, null, "PLACEMENT_ADDRESS", List.of(),
				List.of());
		assertThat(new TrailQueries(h2).find(filter, null, 10)).extracting((r) -> r.subject())
			.containsExactly("worker.ann");
		assertThat(new PartitionMaintainer(h2, 3, Period.ofYears(7), Duration.ofHours(1), Clock.systemUTC()).maintain())
			.isEmpty();
	}

}
