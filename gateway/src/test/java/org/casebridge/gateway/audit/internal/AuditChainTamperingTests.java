package org.casebridge.gateway.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casebridge.gateway.audit.TestDatabase;
import org.casebridge.gateway.audit.TestTrail;
import org.casebridge.gateway.audit.internal.TrailVerifier.Verdict;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twelve records, checkpoints signed at seq 1, 6 and 11; then an intruder with superuser
 * rights (triggers off) changes the tables and the verifier must name the first broken
 * record.
 */
class AuditChainTamperingTests {

	private static TestDatabase database;

	private static SigningKeys keys;

	private static GroupCommitWriter trail;

	@BeforeAll
	static void startTrail() {
		database = TestDatabase.create();
		keys = TestTrail.keys();
		trail = TestTrail.writer(database.appRole(), keys);
	}

	@AfterAll
	static void stopTrail() {
		trail.stop();
		database.close();
	}

	@BeforeEach
	void writeTwelveRecords() throws SQLException {
		database.tamper("DELETE FROM audit_event", "DELETE FROM audit_checkpoint");
		for (int i = 0; i < 12; i++) {
			trail.record((i % 2 == 0) ? TestTrail.search("worker." + i)
					: TestTrail.view("worker." + i, "ph_" + i, "PLACEMENT_ADDRESS"));
		}
	}

	@Test
	void untouchedTrailVerifiesWithEveryCheckpoint() throws SQLException {
		Verdict verdict = verify();
		assertThat(verdict.intact()).isTrue();
		assertThat(verdict.describe()).isEqualTo("OK: verified 12 records and 3 checkpoints");
	}

	@Test
	void editedRecordIsReportedAtItsSeq() throws SQLException {
		database.tamper("UPDATE audit_event SET subject = 'someone.else' WHERE seq = 4");
		assertThat(verify().describe()).isEqualTo("BROKEN at seq 4: content does not match its hash (record edited)");
	}

	@Test
	void editedFlagIsCaughtEvenWhenOnlyABooleanChanged() throws SQLException {
		database.tamper("UPDATE audit_event SET family_violence_restricted = false WHERE seq = 2");
		assertThat(verify().brokenAt()).isEqualTo(2);
	}

	@Test
	void editWithTheWholeChainRehashedIsCaughtByTheNextSignedCheckpoint() throws SQLException {
		rehashFrom(4, "someone.else");
		Verdict verdict = verify();
		assertThat(verdict.describe())
			.isEqualTo("BROKEN at seq 6: chain differs from the signed checkpoint (a record up to here was altered)");
	}

	@Test
	void deletedRecordIsReportedAsMissing() throws SQLException {
		database.tamper("DELETE FROM audit_event WHERE seq = 7");
		assertThat(verify().describe()).isEqualTo("BROKEN at seq 7: record is missing (next record is seq 8)");
	}

	@Test
	void insertedRecordIsCaughtWhereTheChainNoLongerHolds() throws SQLException {
		// make room at seq 8 and forge a well-formed record that links to seq 7
		database.tamper("UPDATE audit_event SET seq = seq + 1 WHERE seq >= 8");
		ChainedRecord seven = read(7);
		ChainedRecord forged = Intruder.seal(new ChainedRecord(8, UUID.randomUUID(), seven.occurredAt(),
				seven.recordedAt(), "PERSON_VIEW", "SUCCESS", "nobody", List.of(), null, null, null, null, null, "{}",
				List.of(), List.of(), List.of(), List.of(), List.of(), false, false, "{}", null, seven.hash(), null));
		insert(forged);
		Verdict verdict = verify();
		assertThat(verdict.intact()).isFalse();
		assertThat(verdict.brokenAt()).isEqualTo(9);
	}

	@Test
	void reorderedRecordsAreReportedWhereTheLinkBreaks() throws SQLException {
		database.tamper("UPDATE audit_event SET seq = -3 WHERE seq = 3", "UPDATE audit_event SET seq = 3 WHERE seq = 4",
				"UPDATE audit_event SET seq = 4 WHERE seq = -3");
		assertThat(verify().describe()).isEqualTo(
				"BROKEN at seq 3: does not link to the record before it (inserted, deleted or reordered records)");
	}

	@Test
	void truncatedTailIsCaughtByTheLastCheckpoint() throws SQLException {
		database.tamper("DELETE FROM audit_event WHERE seq >= 9");
		assertThat(verify().describe()).isEqualTo(
				"BROKEN at seq 9: trail ends at seq 8 but a checkpoint was signed at seq 11 (records removed from the end)");
	}

	@Test
	void removedOldestRecordsAreCaughtWithoutAnArchive() throws SQLException {
		database.tamper("DELETE FROM audit_event WHERE seq <= 3");
		assertThat(verify().describe())
			.isEqualTo("BROKEN at seq 1: records 1 to 3 are missing and no archived partition accounts for them");
	}

	@Test
	void forgedCheckpointIsCaught() throws SQLException {
		ChainedRecord twelve = read(12);
		database.tamper("INSERT INTO audit_checkpoint (seq, hash, signed_at, key_id, signature) VALUES (12, '"
				+ twelve.hash() + "', now(), '" + keys.keyId() + "', 'AAAA')");
		assertThat(verify().describe())
			.isEqualTo("BROKEN at seq 12: checkpoint signature is not valid under a trusted key");
	}

	private static TrailVerifier.Verdict verify() throws SQLException {
		try (Connection connection = database.appRole().getConnection()) {
			return TrailVerifier.verify(connection, Map.of(keys.keyId(), keys.publicKey()));
		}
	}

	private static ChainedRecord read(long seq) throws SQLException {
		try (Connection connection = database.owner().getConnection()) {
			return Intruder.read(connection, seq);
		}
	}

	/**
	 * Edits one record and recomputes every hash after it, as a careful intruder would.
	 */
	private static void rehashFrom(long seq, String newSubject) throws SQLException {
		String prevHash = read(seq - 1).hash();
		List<String> updates = new ArrayList<>();
		for (long s = seq; s <= 12; s++) {
			ChainedRecord r = read(s);
			String subject = (s == seq) ? newSubject : r.subject();
			ChainedRecord changed = new ChainedRecord(r.seq(), r.eventId(), r.occurredAt(), r.recordedAt(), r.type(),
					r.outcome(), subject, r.roles(), r.clientId(), r.clientAddress(), r.purposeOfUse(),
					r.operationName(), r.documentHash(), r.criteriaJson(), r.personHandles(), r.agencyRecordIds(),
					r.personKeys(), r.fieldGroupsDisclosed(), r.fieldGroupsWithheld(), r.familyViolenceRestricted(),
					r.federalTaxInformationDisclosed(), r.sourceOutcomesJson(), r.detail(), prevHash, null);
			String hash = changed.computeHash();
			updates.add("UPDATE audit_event SET subject = '" + subject + "', prev_hash = '" + prevHash + "', hash = '"
					+ hash + "' WHERE seq = " + s);
			prevHash = hash;
		}
		database.tamper(updates.toArray(new String[0]));
	}

	private static void insert(ChainedRecord record) throws SQLException {
		try (Connection connection = database.owner().getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement replica = connection.prepareStatement("SET session_replication_role = replica")) {
				replica.execute();
			}
			Intruder.insert(connection, record);
			connection.commit();
		}
	}

}
