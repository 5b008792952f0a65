package org.casebridge.gateway.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.audit.AuditRecords;
import org.casebridge.gateway.audit.TestTrail;
import org.casebridge.gateway.disclosure.PersonKey;

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
		String child = TestTrail.CRITERIA.hashPersonKey(PersonKey.agencyRecord("welfare", "W-77"));
		trail.record(withPersonKeys(TestTrail.view("worker.ann", "ph_1", "placement.location"), child));
		trail.record(withPersonKeys(TestTrail.view("worker.bo", "ph_2", "identity.name"), child));
		trail.record(withPersonKeys(TestTrail.search("worker.bo"), "record:other"));
		trail.stop();

		assertThat(TestTrail.verify(h2, keys).describe()).isEqualTo("OK: verified 3 records and 2 checkpoints");
		AuditRecords.Search filter = new AuditRecords.Search(Instant.now().minus(Duration.ofHours(1)),
				Instant.now().plus(Duration.ofHours(1)), List.of(child), null, null, "placement.location", List.of(),
				List.of());
		assertThat(new TrailQueries(h2).find(filter, null, 10)).extracting((r) -> r.subject())
			.containsExactly("worker.ann");
		assertThat(new PartitionMaintainer(h2, 3, Period.ofYears(7), Duration.ofHours(1), Clock.systemUTC()).maintain())
			.isEmpty();
	}

	private static AuditEvent withPersonKeys(AuditEvent event, String... keys) {
		return new AuditEvent(event.type(), event.occurredAt(), event.caller(), event.clientAddress(),
				event.operationName(), event.documentHash(), event.disclosed().withPersonKeys(List.of(keys)),
				event.outcome(), event.detail());
	}

}
