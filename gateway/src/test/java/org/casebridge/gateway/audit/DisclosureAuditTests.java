package org.casebridge.gateway.audit;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureAuditTests extends GatewayIntegrationTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void aSearchIsRecordedWithHashedCriteriaAndEveryAgencysOutcome() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		long before = lastSeq();

		GraphQlClient.Response response = search("auditor-subject-1", person.ssn());

		assertThat(response.data().path("searchPeople").path("candidates").size()).isPositive();
		Map<String, Object> row = onlyRowAfter(before);
		assertThat(row.get("event_type")).isEqualTo("PERSON_SEARCH");
		assertThat(row.get("outcome")).isEqualTo("SUCCESS");
		assertThat(row.get("subject")).isEqualTo("auditor-subject-1");
		assertThat(row.get("purpose_of_use")).isEqualTo("LOCATE_PARENT");
		assertThat(row.get("operation_name")).isEqualTo("SearchPeople");
		assertThat(row.get("document_hash").toString()).hasSize(64);
		assertThat(row.get("criteria").toString()).contains("ssn").doesNotContain(person.ssn());
		assertThat(row.get("source_outcomes").toString()).contains("support", "welfare", "vitals", "locate");
		assertThat(row.toString()).doesNotContain(person.ssn()).doesNotContain(person.last());
	}

	@Test
	void aViewIsRecordedWithTheAgencyRecordsItDisclosed() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		String handle = search("auditor-subject-2", person.ssn()).data()
			.path("searchPeople")
			.path("candidates")
			.path(0)
			.path("handle")
			.asString();
		long before = lastSeq();

		query(idp.token("auditor-subject-2", "support-worker"), Documents.load("person"),
				Map.of("handle", handle, "purpose", "ENFORCE_ORDER"));

		Map<String, Object> row = onlyRowAfter(before);
		assertThat(row.get("event_type")).isEqualTo("PERSON_VIEW");
		assertThat(row.get("purpose_of_use")).isEqualTo("ENFORCE_ORDER");
		assertThat(row.get("agency_record_ids").toString()).contains("support:");
		assertThat(row.get("person_handles").toString()).startsWith("{h:").doesNotContain(handle);
	}

	@Test
	void aViewOfOneAgencyRecordsOnlyWhatThatAgencySent() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		String handle = search("auditor-subject-5", person.ssn()).data()
			.path("searchPeople")
			.path("candidates")
			.path(0)
			.path("handle")
			.asString();
		long before = lastSeq();

		query(idp.token("auditor-subject-5", "support-worker"), Documents.load("person"),
				Map.of("handle", handle, "purpose", "ENFORCE_ORDER", "sources", List.of("VITALS")));

		Map<String, Object> row = onlyRowAfter(before);
		// the agencies not asked are not a failure of the view
		assertThat(row.get("outcome")).isEqualTo("SUCCESS");
		assertThat(row.get("field_groups_disclosed").toString()).contains("identity.name")
			.doesNotContain("support.case")
			.doesNotContain("placement.episode")
			.doesNotContain("locate.");
		assertThat(row.get("person_keys").toString()).contains("record:", "ssn:");
	}

	@Test
	void invalidCriteriaAreRecordedAsInvalid() {
		long before = lastSeq();

		query(idp.token("auditor-subject-3", "support-worker"), Documents.load("searchPeople"),
				Map.of("criteria", Map.of("ssn", "12"), "purpose", "LOCATE_PARENT"));

		Map<String, Object> row = onlyRowAfter(before);
		assertThat(row.get("outcome")).isEqualTo("INVALID");
		assertThat(row.get("detail")).isEqualTo("BAD_REQUEST");
	}

	@Test
	void whenTheTrailCannotBeWrittenNothingIsDisclosed() throws Exception {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		// the table locked by someone else: the gateway's own role may not lock it
		try (Connection blocker = ownerConnection()) {
			blocker.setAutoCommit(false);
			try (Statement statement = blocker.createStatement()) {
				statement.execute("LOCK TABLE audit_event IN ACCESS EXCLUSIVE MODE");
			}

			GraphQlClient.Response response = search("auditor-subject-4", person.ssn());

			assertThat(response.firstErrorCode()).isEqualTo("AUDIT_UNAVAILABLE");
			assertThat(response.data().isNull() || response.data().isMissingNode()).isTrue();
			assertThat(response.text()).doesNotContain(person.ssn()).doesNotContain("handle\":\"");
			blocker.rollback();
		}
		GraphQlClient.Response after = search("auditor-subject-4", person.ssn());
		assertThat(after.data().path("searchPeople").path("candidates").size()).isPositive();
	}

	private GraphQlClient.Response search(String subject, String ssn) {
		return query(idp.token(subject, "support-worker"), Documents.load("searchPeople"),
				Map.of("criteria", Map.of("ssn", ssn), "purpose", "LOCATE_PARENT"));
	}

	private long lastSeq() {
		return JdbcClient.create(this.dataSource)
			.sql("SELECT coalesce(max(seq), 0) FROM audit_event")
			.query(Long.class)
			.single();
	}

	private Map<String, Object> onlyRowAfter(long seq) {
		List<Map<String, Object>> rows = JdbcClient.create(this.dataSource)
			.sql("SELECT * FROM audit_event WHERE seq > ? AND event_type <> 'AUDIT_QUERY' ORDER BY seq")
			.param(seq)
			.query()
			.listOfRows();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

}
