package org.casebridge.gateway.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Who accessed this child" is one server-side question, whatever handle, search path,
 * role or client reached her: a welfare worker by case number, an integrator by SSN and a
 * supervisor by name are all found from the auditor's own, fresh search, and the
 * auditor's own questions are not.
 */
class AuditByPersonTests extends GatewayIntegrationTest {

	@Test
	void theAuditorGetsEveryAccessToAChildWhateverPathReachedHerAndNotTheirOwnQuestions() {
		Instant start = Instant.now().minus(1, ChronoUnit.SECONDS);
		SyntheticPerson child = childWithCaseNumberAndSsn();
		RecordedIdentity atSupport = identityAt(child, Agency.SUPPORT);

		String worker = idp.token("worker.wendy", "welfare-worker");
		JsonNode found = candidates(query(worker, Documents.load("searchPeople"), Map.of("criteria",
				Map.of("caseNumber", atSupport.caseNumbers().get(0)), "purpose", "PLACEMENT_PLANNING")));
		String childHandle = handleOf(found, child);
		GraphQlClient.Response view = query(worker, Documents.load("person"),
				Map.of("handle", childHandle, "purpose", "PLACEMENT_PLANNING"));
		assertThat(view.data().path("person").path("placements").size()).isPositive();
		query(idp.token("integrator.ivan", "integrator"), Documents.load("searchPeople"),
				Map.of("criteria", Map.of("ssn", child.ssn()), "purpose", "LOCATE_PARENT"));
		query(idp.token("supervisor.sue", "supervisor"), Documents.load("searchPeople"),
				Map.of("criteria", Map.of("lastName", child.last(), "firstName", child.first(), "dateOfBirth",
						child.dateOfBirth().toString()), "purpose", "CASE_REVIEW"));

		String auditor = idp.token("auditor.amy", "auditor");
		JsonNode own = query(auditor, Documents.load("auditPeople"), Map.of("criteria", Map.of("lastName", child.last(),
				"firstName", child.first(), "dateOfBirth", child.dateOfBirth().toString())))
			.data()
			.path("auditPeople")
			.path("candidates");
		List<String> handles = new ArrayList<>();
		own.forEach((candidate) -> handles.add(candidate.path("handle").asString()));
		assertThat(handles).isNotEmpty();
		Map<String, Object> filter = new LinkedHashMap<>();
		filter.put("from", start.toString());
		filter.put("to", Instant.now().plus(1, ChronoUnit.MINUTES).toString());
		filter.put("person", Map.of("handles", handles));

		JsonNode edges = query(auditor, Documents.load("auditEvents"), Map.of("filter", filter, "first", 500)).data()
			.path("auditEvents")
			.path("edges");

		List<String> accesses = new ArrayList<>();
		edges.forEach((edge) -> accesses
			.add(edge.path("node").path("subject").asString() + " " + edge.path("node").path("type").asString()));
		assertThat(accesses).containsExactly("supervisor.sue PERSON_SEARCH", "integrator.ivan PERSON_SEARCH",
				"worker.wendy PERSON_VIEW", "worker.wendy PERSON_SEARCH");
		JsonNode integrator = edges.path(1).path("node");
		assertThat(edges.path(2).path("node").path("fieldGroupsDisclosed").toString()).contains("placement.episode");
		assertThat(integrator.path("purposeOfUse").asString()).isEqualTo("LOCATE_PARENT");
	}

	/**
	 * A child in foster care whom child support knows by her SSN, under a case number.
	 */
	private static SyntheticPerson childWithCaseNumberAndSsn() {
		SyntheticPerson child = simulator.population().anyChildInFosterCare();
		RecordedIdentity support = identityAt(child, Agency.SUPPORT);
		assertThat(child.ssn()).isNotNull();
		assertThat(support.caseNumbers()).isNotEmpty();
		return child;
	}

	private static RecordedIdentity identityAt(SyntheticPerson person, Agency agency) {
		return simulator.population()
			.recordedIdentities(person.truthId())
			.stream()
			.filter((identity) -> identity.agency() == agency)
			.findFirst()
			.orElse(null);
	}

	private static JsonNode candidates(GraphQlClient.Response response) {
		return response.data().path("searchPeople").path("candidates");
	}

	private static String handleOf(JsonNode candidates, SyntheticPerson person) {
		for (JsonNode candidate : candidates) {
			if (candidate.path("dateOfBirth").asString().equals(person.dateOfBirth().toString())
					&& candidate.path("displayName").asString().contains(person.last())) {
				return candidate.path("handle").asString();
			}
		}
		throw new AssertionError("the search did not find the child");
	}

}
