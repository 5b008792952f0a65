package org.casebridge.gateway.person;

import java.util.Map;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PersonViewTests extends GatewayIntegrationTest {

	@Test
	void onePersonViewCarriesEveryAgencysDataWithProvenance() {
		SyntheticPerson child = simulator.population().anyChildInFosterCare();
		GraphQlClient.Response response = query(idp.token("supervisor-1", "supervisor"), Documents.load("person"),
				Map.of("handle", handleHolding(child, Agency.WELFARE), "purpose", "CASE_REVIEW"));
		JsonNode person = response.data().path("person");

		assertThat(person.path("sources").size()).as(response.text()).isEqualTo(4);
		person.path("sources").forEach((s) -> assertThat(s.path("state").asString()).isIn("OK", "NOT_FOUND"));
		assertThat(person.path("placements").size()).isGreaterThanOrEqualTo(1);
		assertThat(person.path("paternity").size()).isGreaterThanOrEqualTo(1);
		JsonNode episode = person.path("placements").get(0);
		assertThat(episode.path("provenance").path("source").asString()).isEqualTo("WELFARE");
		assertThat(episode.path("provenance").path("recordId").asString()).isNotBlank();
		assertThat(episode.path("provenance").path("asOf").asString()).isNotBlank();
		assertThat(episode.path("provenance").path("retrievedAt").asString()).isNotBlank();
		assertThat(person.path("identity").path("names").size()).isGreaterThanOrEqualTo(2);
		person.path("identity")
			.path("names")
			.forEach((n) -> assertThat(n.path("provenance").path("source").asString()).isNotBlank());
	}

	@Test
	void supportCasesComeWithOrdersPaymentsAndTheirSources() {
		SyntheticPerson parent = simulator.population().anyKnownToAllAgencies();
		JsonNode person = open(parent).data().path("person");

		JsonNode cases = person.path("support");
		assertThat(cases.size()).isGreaterThanOrEqualTo(1);
		JsonNode supportCase = cases.get(0);
		assertThat(supportCase.path("provenance").path("source").asString()).isEqualTo("SUPPORT");
		assertThat(supportCase.path("caseNumber").asString()).startsWith("CS-");
		assertThat(supportCase.path("participants").size()).isGreaterThanOrEqualTo(1);
		JsonNode locate = person.path("locate");
		assertThat(locate.path("addresses").size() + locate.path("employers").size()).isGreaterThan(0);
	}

	@Test
	void askingOnlyForLocateStillHonoursTheFamilyViolenceIndicator() {
		SyntheticPerson flagged = simulator.population().anyWithFamilyViolenceIndicator();
		String handle = handleHolding(flagged, Agency.SUPPORT);

		GraphQlClient.Response response = query(idp.token("worker-1", "support-worker"), Documents.load("person"),
				Map.of("handle", handle, "purpose", "LOCATE_PARENT", "sources", java.util.List.of("LOCATE")));

		JsonNode locate = response.data().path("person").path("locate");
		assertThat(locate.path("addresses").isNull() || locate.path("addresses").isEmpty()).as(response.text())
			.isTrue();
		assertThat(response.errors().toString()).contains("RESTRICTED").contains("addresses");
		assertThat(response.text()).doesNotContain("FVI").doesNotContain("FAMILY_VIOLENCE");
		assertThat(response.data().path("person").path("sources").size()).isEqualTo(1);
	}

	@Test
	void anAlteredHandleOpensNothingAndCallsNoAgency() {
		SyntheticPerson parent = simulator.population().anyKnownToAllAgencies();
		String handle = handleOf(parent);
		simulator.reset();
		char last = handle.charAt(handle.length() - 2);
		String altered = handle.substring(0, handle.length() - 2) + (last == 'A' ? 'B' : 'A')
				+ handle.charAt(handle.length() - 1);

		GraphQlClient.Response response = query(idp.token("worker-1", "support-worker"), Documents.load("person"),
				Map.of("handle", altered, "purpose", "LOCATE_PARENT"));

		assertThat(response.firstErrorCode()).isEqualTo("NOT_FOUND");
		assertThat(agencyRequests()).isZero();
	}

	@Test
	void aForgedHandleOpensNothing() {
		GraphQlClient.Response response = query(idp.token("worker-1", "support-worker"), Documents.load("person"),
				Map.of("handle", "support:M0012345", "purpose", "LOCATE_PARENT"));

		assertThat(response.firstErrorCode()).isEqualTo("NOT_FOUND");
		assertThat(agencyRequests()).isZero();
	}

	private GraphQlClient.Response open(SyntheticPerson who) {
		return query(idp.token("worker-1", "support-worker"), Documents.load("person"),
				Map.of("handle", handleOf(who), "purpose", "LOCATE_PARENT"));
	}

	/**
	 * Searches as a caseworker would and picks the candidate holding the person's welfare
	 * or support record.
	 */
	private String handleOf(SyntheticPerson who) {
		Map<String, Object> criteria = (who.ssn() != null) ? Map.of("ssn", who.ssn())
				: Map.of("firstName", who.first(), "lastName", who.last(), "dateOfBirth", who.dateOfBirth().toString());
		GraphQlClient.Response found = query(idp.token("worker-1", "support-worker"), Documents.load("searchPeople"),
				Map.of("criteria", criteria, "purpose", "LOCATE_PARENT"));
		JsonNode best = null;
		int mostRecords = 0;
		for (JsonNode candidate : found.data().path("searchPeople").path("candidates")) {
			int ownRecords = 0;
			for (JsonNode record : candidate.path("records")) {
				Agency agency = Agency.valueOf(record.path("provenance").path("source").asString());
				if (simulator.population()
					.truthIdOf(agency, record.path("provenance").path("recordId").asString())
					.filter(who.truthId()::equals)
					.isPresent()) {
					ownRecords++;
				}
			}
			if (ownRecords > mostRecords) {
				mostRecords = ownRecords;
				best = candidate;
			}
		}
		assertThat(best).as("a candidate holding the person's records").isNotNull();
		return best.path("handle").asString();
	}

	/**
	 * Searches by family name, as a caseworker with a family in front of them would, and
	 * picks the candidate holding the person's record at the given agency.
	 */
	private String handleHolding(SyntheticPerson who, Agency agency) {
		String recordId = simulator.population().agencyIds(who.truthId()).get(agency);
		GraphQlClient.Response found = query(idp.token("worker-1", "welfare-worker"), Documents.load("searchPeople"),
				Map.of("criteria", Map.of("lastName", who.last()), "purpose", "PLACEMENT_PLANNING"));
		for (JsonNode candidate : found.data().path("searchPeople").path("candidates")) {
			for (JsonNode record : candidate.path("records")) {
				if (record.path("provenance").path("source").asString().equals(agency.name())
						&& record.path("provenance").path("recordId").asString().equals(recordId)) {
					return candidate.path("handle").asString();
				}
			}
		}
		throw new AssertionError("no candidate holds the person's " + agency + " record");
	}

}
