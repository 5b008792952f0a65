package org.casebridge.gateway.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.casebridge.gateway.audit.internal.SigningKeys;
import org.casebridge.gateway.audit.internal.TrailVerifier;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Test fixtures: a key pair in a temporary folder, writers over a DataSource, sample
 * events of every kind, and the verifier.
 */
public final class TestTrail {

	static final AuditCriteria CRITERIA = new AuditCriteria("test-criteria-key-0123456789");

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

	public static TrailVerifier.Verdict verify(DataSource dataSource, SigningKeys keys) throws SQLException {
		Map<String, PublicKey> trusted = Map.of(keys.keyId(), keys.publicKey());
		try (Connection connection = dataSource.getConnection()) {
			return TrailVerifier.verify(connection, trusted);
		}
	}

	public static AuditEvent search(String subject) {
		return AuditEvent.builder(AuditEventType.PERSON_SEARCH, AuditOutcome.SUCCESS)
			.subject(subject)
			.roles(List.of("SUPPORT_WORKER"))
			.clientId(AuditCaller.UI_SESSION)
			.clientAddress("127.0.0.1")
			.purposeOfUse("CHILD_SUPPORT_ENFORCEMENT")
			.operationName("FindPerson")
			.documentHash(AuditEvent.hashDocument("query FindPerson { search { handle } }"))
			.criterion("ssn", CRITERIA.hashSsn("900-12-3456"))
			.criterion("lastName", CRITERIA.hashName("Quintero"))
			.personHandles(List.of("ph_A1", "ph_B2"))
			.agencyRecordIds(List.of("support:M0012345", "welfare:W-77"))
			.fieldGroupsDisclosed(List.of("IDENTITY"))
			.sourceOutcome("support", "OK")
			.sourceOutcome("welfare", "OK")
			.sourceOutcome("vitals", "TIMEOUT")
			.build();
	}

	public static AuditEvent view(String subject, String personHandle, String... disclosed) {
		return AuditEvent.builder(AuditEventType.PERSON_VIEW, AuditOutcome.PARTIAL)
			.subject(subject)
			.roles(List.of("WELFARE_WORKER"))
			.clientId("integrator-ccwis")
			.clientAddress("127.0.0.2")
			.purposeOfUse("CHILD_WELFARE_PLACEMENT")
			.operationName("PersonView")
			.documentHash(AuditEvent.hashDocument("query PersonView { person { placement { address } } }"))
			.personHandles(List.of(personHandle))
			.agencyRecordIds(List.of("welfare:W-77"))
			.fieldGroupsDisclosed(List.of(disclosed))
			.fieldGroupsWithheld(List.of("FEDERAL_TAX"))
			.familyViolenceRestricted(true)
			.sourceOutcome("welfare", "OK")
			.sourceOutcome("locate", "DENIED")
			.detail("FVI_SUPPRESSED")
			.build();
	}

	public static AuditEvent denial(String subject) {
		return AuditEvent.builder(AuditEventType.ACCESS_DENIED, AuditOutcome.DENIED)
			.subject(subject)
			.roles(List.of("WELFARE_WORKER"))
			.clientId(AuditCaller.UI_SESSION)
			.purposeOfUse("CHILD_WELFARE_PLACEMENT")
			.operationName("TaxOffsets")
			.detail("FTI_CHILD_SUPPORT_ONLY")
			.build();
	}

	public static AuditEvent policyChange(String subject) {
		return AuditEvent.builder(AuditEventType.POLICY_CHANGED, AuditOutcome.SUCCESS)
			.subject(subject)
			.roles(List.of("SECURITY_OFFICER"))
			.clientId(AuditCaller.UI_SESSION)
			.operationName("UpdateFieldAccess")
			.criterion("policy", "WELFARE_WORKER/PLACEMENT_ADDRESS")
			.criterion("change", "GRANT")
			.detail("POLICY_VERSION_12")
			.build();
	}

}
