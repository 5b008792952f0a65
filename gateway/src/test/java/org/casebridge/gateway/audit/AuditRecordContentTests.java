package org.casebridge.gateway.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.casebridge.gateway.audit.internal.GroupCommitWriter;
import org.casebridge.gateway.audit.internal.SigningKeys;
import org.casebridge.gateway.disclosure.Disclosed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditRecordContentTests {

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

	@Test
	void searchRecordsWhoWhyWhatAndWhichSourcesWithCriteriaAsKeyedHashes() throws SQLException {
		Instant before = Instant.now();
		long seq = trail.record(TestTrail.search("worker.ana"));
		try (Connection connection = database.owner().getConnection();
				PreparedStatement query = connection
					.prepareStatement("SELECT e.*, row_to_json(e)::text AS whole FROM audit_event e WHERE seq = ?")) {
			query.setLong(1, seq);
			try (ResultSet row = query.executeQuery()) {
				assertThat(row.next()).isTrue();
				assertThat(row.getString("event_type")).isEqualTo("PERSON_SEARCH");
				assertThat(row.getString("outcome")).isEqualTo("SUCCESS");
				assertThat(row.getString("subject")).isEqualTo("worker.ana");
				assertThat(strings(row.getArray("roles"))).containsExactly("SUPPORT_WORKER");
				assertThat(row.getString("client_id")).isEqualTo("ui-session");
				assertThat(row.getString("client_address")).isEqualTo("127.0.0.1");
				assertThat(row.getString("purpose_of_use")).isEqualTo("CHILD_SUPPORT_ENFORCEMENT");
				assertThat(row.getString("operation_name")).isEqualTo("FindPerson");
				assertThat(row.getString("document_hash")).hasSize(64);
				assertThat(row.getObject("occurred_at", OffsetDateTime.class).toInstant())
					.isBetween(before.minusSeconds(1), Instant.now());
				assertThat(row.getString("criteria"))
					.isEqualTo("{\"lastName\":\"" + TestTrail.CRITERIA.hashName("quintero") + "\",\"ssn\":\""
							+ TestTrail.CRITERIA.hashSsn("900123456") + "\"}");
				assertThat(strings(row.getArray("person_handles"))).containsExactly("ph_A1", "ph_B2");
				assertThat(strings(row.getArray("agency_record_ids"))).containsExactly("support:M0012345",
						"welfare:W-77");
				assertThat(strings(row.getArray("field_groups_disclosed"))).containsExactly("IDENTITY");
				assertThat(row.getString("source_outcomes"))
					.isEqualTo("{\"support\":\"OK\",\"vitals\":\"TIMEOUT\",\"welfare\":\"OK\"}");
				String whole = row.getString("whole");
				assertThat(whole).doesNotContain("900123456", "900-12-3456", "Quintero", "QUINTERO");
			}
		}
	}

	@Test
	void viewRecordsFieldGroupsDisclosedAndWithheldWithFamilyViolenceFlag() throws SQLException {
		long seq = trail.record(TestTrail.view("worker.ben", "ph_C3", "PLACEMENT_ADDRESS", "IDENTITY"));
		try (Connection connection = database.owner().getConnection();
				PreparedStatement query = connection.prepareStatement("SELECT * FROM audit_event WHERE seq = ?")) {
			query.setLong(1, seq);
			try (ResultSet row = query.executeQuery()) {
				assertThat(row.next()).isTrue();
				assertThat(row.getString("event_type")).isEqualTo("PERSON_VIEW");
				assertThat(row.getString("outcome")).isEqualTo("PARTIAL");
				assertThat(row.getString("client_id")).isEqualTo("integrator-ccwis");
				assertThat(strings(row.getArray("field_groups_disclosed"))).containsExactly("PLACEMENT_ADDRESS",
						"IDENTITY");
				assertThat(strings(row.getArray("field_groups_withheld"))).containsExactly("FEDERAL_TAX");
				assertThat(row.getBoolean("family_violence_restricted")).isTrue();
				assertThat(row.getBoolean("federal_tax_information")).isFalse();
				assertThat(row.getString("source_outcomes")).isEqualTo("{\"locate\":\"DENIED\",\"welfare\":\"OK\"}");
				assertThat(row.getString("detail")).isEqualTo("FVI_SUPPRESSED");
			}
		}
	}

	@Test
	void denialAndPolicyChangeAreRecordedWithTheirOutcomeAndCode() throws SQLException {
		long denied = trail.record(TestTrail.denial("worker.cy"));
		long changed = trail.record(TestTrail.policyChange("officer.dee"));
		try (Connection connection = database.owner().getConnection();
				PreparedStatement query = connection
					.prepareStatement("SELECT seq, event_type, outcome, subject, detail, criteria FROM audit_event "
							+ "WHERE seq IN (?, ?) ORDER BY seq")) {
			query.setLong(1, denied);
			query.setLong(2, changed);
			try (ResultSet row = query.executeQuery()) {
				assertThat(row.next()).isTrue();
				assertThat(row.getString("event_type")).isEqualTo("ACCESS_DENIED");
				assertThat(row.getString("outcome")).isEqualTo("DENIED");
				assertThat(row.getString("subject")).isEqualTo("worker.cy");
				assertThat(row.getString("detail")).isEqualTo("FTI_CHILD_SUPPORT_ONLY");
				assertThat(row.next()).isTrue();
				assertThat(row.getString("event_type")).isEqualTo("POLICY_CHANGED");
				assertThat(row.getString("subject")).isEqualTo("officer.dee");
				assertThat(row.getString("criteria"))
					.isEqualTo("{\"change\":\"GRANT\",\"policy\":\"WELFARE_WORKER/PLACEMENT_ADDRESS\"}");
			}
		}
	}

	@Test
	void rawSsnInCriteriaIsRefusedBeforeItReachesTheTrail() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AuditEvent(AuditEventType.PERSON_SEARCH, null, null, null, null, null,
					Disclosed.criteria(null, Map.of("ssn", "900-12-3456")), AuditOutcome.SUCCESS, null))
			.withMessageContaining("raw SSN")
			.withMessageNotContaining("900");
	}

	@Test
	void valuesThatOnlyContainLongDigitRunsAreNotMistakenForSsns() {
		AuditEvent event = new AuditEvent(AuditEventType.AUDIT_QUERY, null, null, null, null, null,
				Disclosed.criteria(null,
						Map.of("from", "2026-11-24T21:34:13.988529769Z", "ssn",
								TestTrail.CRITERIA.hashSsn("900123456"))),
				AuditOutcome.SUCCESS, "returned:123456789012");
		assertThat(event.disclosed().criteria()).containsKeys("from", "ssn");
	}

	@Test
	void sequenceNumbersFollowEachOtherAndRecordsChain() throws SQLException {
		long first = trail.record(TestTrail.denial("worker.eve"));
		long second = trail.record(TestTrail.denial("worker.eve"));
		assertThat(second).isEqualTo(first + 1);
		assertThat(TestTrail.verify(database.appRole(), keys).intact()).isTrue();
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
