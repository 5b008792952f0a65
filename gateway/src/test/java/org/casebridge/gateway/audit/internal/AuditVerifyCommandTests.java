package org.casebridge.gateway.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.casebridge.gateway.audit.TestDatabase;
import org.casebridge.gateway.audit.TestTrail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code casebridge audit verify} against a real database: one line and an exit code.
 */
class AuditVerifyCommandTests {

	private static final String CHECKPOINT_LOGGER = "org.casebridge.gateway.audit.internal.CheckpointPolicy";

	private static TestDatabase database;

	private static Path keyFolder;

	@BeforeAll
	static void writeATrail() {
		database = TestDatabase.create();
		keyFolder = TestTrail.temporaryFolder();
		GroupCommitWriter trail = TestTrail.writer(database.appRole(), TestTrail.keys(keyFolder));
		for (int i = 0; i < 7; i++) {
			trail.record(TestTrail.search("worker." + i));
		}
		trail.stop();
	}

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@Test
	void intactTrailPrintsOkWithCountsAndExitsZero() {
		Result result = run("--url=" + database.url(TestDatabase.HOST, TestDatabase.PORT), "--user=postgres",
				"--verify-key=" + keyFolder.resolve("verify.pem"));
		assertThat(result.output()).isEqualTo("OK: verified 7 records and 3 checkpoints");
		assertThat(result.exitCode()).isZero();
	}

	@Test
	void brokenTrailPrintsTheFirstBrokenRecordAndExitsOne() throws SQLException {
		String url = database.url(TestDatabase.HOST, TestDatabase.PORT);
		database.tamper("UPDATE audit_event SET outcome = 'DENIED' WHERE seq = 3");
		try {
			Result result = run("--url=" + url, "--user=postgres", "--verify-key=" + keyFolder.resolve("verify.pem"));
			assertThat(result.output()).isEqualTo("BROKEN at seq 3: content does not match its hash (record edited)");
			assertThat(result.exitCode()).isEqualTo(1);
		}
		finally {
			database.tamper("UPDATE audit_event SET outcome = 'SUCCESS' WHERE seq = 3");
		}
	}

	@Test
	void checkpointsSignedWithAnotherKeyAreRejected() {
		Path otherKeys = TestTrail.temporaryFolder();
		TestTrail.keys(otherKeys);
		Result result = run("--url=" + database.url(TestDatabase.HOST, TestDatabase.PORT), "--user=postgres",
				"--verify-key=" + otherKeys.resolve("verify.pem"));
		assertThat(result.output()).isEqualTo("BROKEN at seq 1: checkpoint signature is not valid under a trusted key");
		assertThat(result.exitCode()).isEqualTo(1);
	}

	@Test
	void unreadableKeyIsAnErrorNamingTheSetting() {
		Result result = run("--url=" + database.url(TestDatabase.HOST, TestDatabase.PORT), "--user=postgres",
				"--verify-key=/nonexistent/verify.pem");
		assertThat(result.output()).startsWith("ERROR: casebridge.audit.verify-key: cannot read");
		assertThat(result.exitCode()).isEqualTo(2);
	}

	@Test
	void endCutTogetherWithItsCheckpointRowsIsCaughtByTheCheckpointsInTheLog() throws Exception {
		try (TestDatabase own = TestDatabase.create()) {
			Path folder = TestTrail.temporaryFolder();
			Path log = folder.resolve("gateway.log");
			ListAppender<ILoggingEvent> appender = new ListAppender<>();
			Logger checkpointLog = (Logger) LoggerFactory.getLogger(CHECKPOINT_LOGGER);
			appender.start();
			checkpointLog.addAppender(appender);
			try {
				GroupCommitWriter trail = TestTrail.writer(own.appRole(), TestTrail.keys(folder));
				for (int i = 0; i < 7; i++) {
					trail.record(TestTrail.search("worker." + i));
				}
				trail.stop();
			}
			finally {
				checkpointLog.detachAppender(appender);
			}
			Files.write(log, appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
			own.tamper("DELETE FROM audit_event WHERE seq >= 7", "DELETE FROM audit_checkpoint WHERE seq >= 7");
			String url = own.url(TestDatabase.HOST, TestDatabase.PORT);
			String key = "--verify-key=" + folder.resolve("verify.pem");

			assertThat(run("--url=" + url, "--user=postgres", key).output())
				.isEqualTo("OK: verified 6 records and 2 checkpoints");
			Result withLog = run("--url=" + url, "--user=postgres", key, "--checkpoint-log=" + log);
			assertThat(withLog.output()).isEqualTo(
					"BROKEN at seq 7: trail ends at seq 6 but a checkpoint was signed at seq 7 (records removed from the end)");
			assertThat(withLog.exitCode()).isEqualTo(1);
		}
	}

	private static Result run(String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int exitCode = AuditVerifyCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Result(bytes.toString(StandardCharsets.UTF_8).trim(), exitCode);
	}

	private record Result(String output, int exitCode) {

	}

}
