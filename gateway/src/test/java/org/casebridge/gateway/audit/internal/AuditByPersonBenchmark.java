package org.casebridge.gateway.audit.internal;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.casebridge.gateway.audit.AuditCriteria;
import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.audit.AuditRecords;
import org.casebridge.gateway.audit.TestDatabase;
import org.casebridge.gateway.audit.TestTrail;
import org.casebridge.gateway.disclosure.PersonKey;

/**
 * How long "every access to this person in the last 90 days" takes with a full trail: a
 * fresh database on the local PostgreSQL server is filled with 100,000 searches and views
 * (each disclosing five of 20,000 people, by their record ids, SSN, name with date of
 * birth and case number, spread over 90 days), of which a handful reach one child by
 * different keys; then the person query the auditors' screen sends is timed. Not part of
 * the test suite; run by hand, see docs/audit.md.
 */
public final class AuditByPersonBenchmark {

	private static final int PEOPLE = 20_000;

	private static final int PEOPLE_PER_EVENT = 5;

	private AuditByPersonBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int events = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		AuditCriteria criteria = TestTrail.CRITERIA;
		Random random = new Random(42);
		Instant now = Instant.now();
		try (TestDatabase database = TestDatabase.create()) {
			SigningKeys keys = TestTrail.keys();
			GroupCommitWriter trail = TestTrail.writer(database.appRole(), keys, Duration.ofSeconds(30), 500,
					Clock.systemUTC());
			long fillStart = System.nanoTime();
			List<CompletableFuture<Long>> pending = new ArrayList<>();
			int childAccesses = 0;
			for (int i = 0; i < events; i++) {
				List<String> personKeys = new ArrayList<>();
				for (int p = 0; p < PEOPLE_PER_EVENT; p++) {
					personKeys.addAll(keysOf(criteria, random.nextInt(PEOPLE)));
				}
				if (i % (events / 4) == 7) {
					// the child, reached by a different key each time
					personKeys.add(childKeys(criteria).get(childAccesses % 4));
					childAccesses++;
				}
				AuditEvent event = TestTrail.view("worker." + random.nextInt(500), "ph_" + i, "identity.name",
						"placement.episode");
				pending.add(trail
					.commit(new AuditEvent(event.type(), now.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60))),
							event.caller(), event.clientAddress(), event.operationName(), event.documentHash(),
							event.disclosed().withPersonKeys(personKeys), event.outcome(), event.detail())));
				if (pending.size() == 5_000) {
					CompletableFuture.allOf(pending.toArray(new CompletableFuture[0])).join();
					pending.clear();
				}
			}
			CompletableFuture.allOf(pending.toArray(new CompletableFuture[0])).join();
			trail.stop();
			System.out.printf("filled %d events (%d about the child) in %.1f s%n", events, childAccesses,
					(System.nanoTime() - fillStart) / 1e9);
			analyze(database);

			TrailQueries queries = new TrailQueries(database.appRole());
			AuditRecords.Search child = new AuditRecords.Search(now.minus(Duration.ofDays(90)),
					now.plus(Duration.ofMinutes(1)), childKeys(criteria), null, null, null, List.of(), List.of());
			for (int i = 0; i < 5; i++) {
				queries.find(child, null, 51);
			}
			long[] nanos = new long[20];
			int found = 0;
			for (int i = 0; i < nanos.length; i++) {
				long start = System.nanoTime();
				found = queries.find(child, null, 51).size();
				nanos[i] = System.nanoTime() - start;
			}
			Arrays.sort(nanos);
			System.out.printf("person query over %d events: %d found; p50 %.1f ms, max %.1f ms (20 runs)%n", events,
					found, nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
			long start = System.nanoTime();
			int summary = queries.summarize(child, 501).size();
			System.out.printf("access summary: %d rows in %.1f ms%n", summary, (System.nanoTime() - start) / 1e6);
		}
	}

	private static List<String> keysOf(AuditCriteria criteria, int person) {
		return List
			.of(criteria.hashPersonKey(PersonKey.agencyRecord("support", "M" + person)),
					criteria.hashPersonKey(PersonKey.ssn(String.format("9%08d", person)).orElseThrow()),
					criteria.hashPersonKey(PersonKey
						.nameAndDateOfBirth("Family" + person, "Given" + person,
								java.time.LocalDate.of(1980, 1, 1).plusDays(person % 9000))
						.orElseThrow()),
					criteria.hashPersonKey(PersonKey.caseNumber("C" + person).orElseThrow()));
	}

	private static List<String> childKeys(AuditCriteria criteria) {
		return List.of(criteria.hashPersonKey(PersonKey.agencyRecord("welfare", "W-CHILD")),
				criteria.hashPersonKey(PersonKey.ssn("800-11-2222").orElseThrow()),
				criteria
					.hashPersonKey(PersonKey.nameAndDateOfBirth("Quintero", "Lia", java.time.LocalDate.of(2019, 4, 2))
						.orElseThrow()),
				criteria.hashPersonKey(PersonKey.caseNumber("C-CHILD").orElseThrow()));
	}

	private static void analyze(TestDatabase database) throws Exception {
		try (Connection connection = database.owner().getConnection();
				Statement statement = connection.createStatement()) {
			// as autovacuum would after a day's records
			statement.execute("ANALYZE audit_event");
		}
	}

}
