package org.casebridge.gateway.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.casebridge.gateway.audit.internal.SigningKeys;
import org.casebridge.gateway.audit.internal.TrailReport;
import org.casebridge.gateway.disclosure.Disclosed;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Test fixtures: a key pair in a temporary folder, writers over a DataSource, sample
 * events of every kind, and the verifier.
 */
public final class TestTrail {

	public static final AuditCriteria CRITERIA = new AuditCriteria("test-criteria-key-0123456789");

	private TestTrail() {
	}

	public static SigningKeys keys() {
		return keys(temporaryFolder());
	}

	public static SigningKeys keys(Path folder) {
		return SigningKeys.load(folder.resolve("signing.pem"), folder.resolve("verify.pem"), true);
	}

	public static Path temporaryFolder() {
		try {
			Path folder = Files.createTempDirectory("audit-keys");
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A migrated in-memory database, as the demo's embedded one. */
	public static DataSource embedded() {
		SimpleDriverDataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:audit" + System.nanoTime()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure()
			.dataSource(h2)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		return h2;
	}

	public static GroupCommitWriter writer(DataSource dataSource, SigningKeys keys, Duration timeout,
			int checkpointEvery, Clock clock) {
		GroupCommitWriter writer = new GroupCommitWriter(dataSource,
				new GroupCommitWriter.WriterSettings(timeout, 500, 10_000, checkpointEvery, Duration.ofSeconds(30)),
				keys.privateKey(), keys.keyId(), clock);
		writer.start();
		return writer;
	}

	public static GroupCommitWriter writer(DataSource dataSource, SigningKeys keys) {
		return writer(dataSource, keys, Duration.ofSeconds(2), 5, Clock.systemUTC());
	}

	public static TrailReport verify(DataSource dataSource, SigningKeys keys) throws SQLException {
		return TrailReport.of(dataSource, keys);
	}

	public static AuditEvent search(String subject) {
		return new AuditEvent(AuditEventType.PERSON_SEARCH, null,
				new AuditCaller(subject, List.of("SUPPORT_WORKER"), AuditCaller.UI_SESSION), "127.0.0.1", "FindPerson",
				AuditEvent.hashDocument("query FindPerson { search { handle } }"),
				new Disclosed("CHILD_SUPPORT_ENFORCEMENT",
						Map.of("ssn", CRITERIA.hashSsn("900-12-3456"), "lastName", CRITERIA.hashName("Quintero")),
						List.of("ph_A1", "ph_B2"), List.of("support:M0012345", "welfare:W-77"), null,
						List.of("IDENTITY"), null, false, false,
						Map.of("support", "OK", "welfare", "OK", "vitals", "TIMEOUT")),
				AuditOutcome.SUCCESS, null);
	}

	public static AuditEvent view(String subject, String personHandle, String... disclosed) {
		return new AuditEvent(AuditEventType.PERSON_VIEW, null,
				new AuditCaller(subject, List.of("WELFARE_WORKER"), "integrator-ccwis"), "127.0.0.2", "PersonView",
				AuditEvent.hashDocument("query PersonView { person { placement { address } } }"),
				new Disclosed("CHILD_WELFARE_PLACEMENT", null, List.of(personHandle), List.of("welfare:W-77"), null,
						List.of(disclosed), List.of("FEDERAL_TAX"), true, false,
						Map.of("welfare", "OK", "locate", "DENIED")),
				AuditOutcome.PARTIAL, "FVI_SUPPRESSED");
	}

	public static AuditEvent denial(String subject) {
		return new AuditEvent(AuditEventType.ACCESS_DENIED, null,
				new AuditCaller(subject, List.of("WELFARE_WORKER"), AuditCaller.UI_SESSION), null, "TaxOffsets", null,
				Disclosed.criteria("CHILD_WELFARE_PLACEMENT", null), AuditOutcome.DENIED, "FTI_CHILD_SUPPORT_ONLY");
	}

	public static AuditEvent policyChange(String subject) {
		return new AuditEvent(AuditEventType.POLICY_CHANGED, null,
				new AuditCaller(subject, List.of("SECURITY_OFFICER"), AuditCaller.UI_SESSION), null,
				"UpdateFieldAccess", null,
				Disclosed.criteria(null, Map.of("policy", "WELFARE_WORKER/PLACEMENT_ADDRESS", "change", "GRANT")),
				AuditOutcome.SUCCESS, "POLICY_VERSION_12");
	}

}
