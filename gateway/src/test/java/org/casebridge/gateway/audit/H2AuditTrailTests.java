package org.casebridge.gateway.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.casebridge.gateway.audit.internal.PartitionMaintainer;
import org.casebridge.gateway.audit.internal.SigningKeys;
import org.casebridge.gateway.audit.internal.TrailQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded demo database keeps the same trail: one plain table, same chain, same
 * verifier, same auditor queries.
 */
class H2AuditTrailTests {

	@Test
	void demoDatabaseRecordsVerifiesAndAnswersAuditorQueries() throws Exception {
		DataSource h2 = TestTrail.embedded();
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
