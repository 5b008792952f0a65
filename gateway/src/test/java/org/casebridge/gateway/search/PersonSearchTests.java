package org.casebridge.gateway.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PersonSearchTests extends GatewayIntegrationTest {

	@Test
	void searchBySsnGroupsOnlyRecordsOfTheSamePerson() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		GraphQlClient.Response response = search(Map.of("ssn", person.ssn()));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).isTrue();
		JsonNode candidates = response.data().path("searchPeople").path("candidates");
		assertThat(candidates.size()).isGreaterThanOrEqualTo(1);
		JsonNode best = candidates.get(0);
		assertThat(best.path("matchedOn").toString()).contains("SSN");
		assertThat(best.path("handle").asString()).isNotBlank().doesNotContain(person.ssn());
		Set<String> sources = new HashSet<>();
		for (JsonNode record : best.path("records")) {
			Agency agency = Agency.valueOf(record.path("provenance").path("source").asString());
			String recordId = record.path("provenance").path("recordId").asString();
			assertThat(simulator.population().truthIdOf(agency, recordId)).contains(person.truthId());
			assertThat(record.path("provenance").path("retrievedAt").asString()).isNotBlank();
			sources.add(agency.name());
		}
		assertThat(sources).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void everyCandidateHoldsRecordsOfOnePersonOnly() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		GraphQlClient.Response response = search(Map.of("lastName", person.last()));

		for (JsonNode candidate : response.data().path("searchPeople").path("candidates")) {
			Set<String> truths = new HashSet<>();
			for (JsonNode record : candidate.path("records")) {
				Agency agency = Agency.valueOf(record.path("provenance").path("source").asString());
				Optional<String> truth = simulator.population()
					.truthIdOf(agency, record.path("provenance").path("recordId").asString());
				truth.ifPresent(truths::add);
				if (candidate.path("records").size() > 1 && !record.path("linkedOn").isEmpty()) {
					assertThat(record.path("linkConfidence").asDouble()).isGreaterThan(0.8);
				}
			}
			assertThat(truths).as("a candidate mixing people").hasSizeLessThanOrEqualTo(1);
		}
	}

	@Test
	void searchReportsAStatusForEveryAgency() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		GraphQlClient.Response response = search(Map.of("ssn", person.ssn()));

		JsonNode sources = response.data().path("searchPeople").path("sources");
		assertThat(sources.size()).isEqualTo(4);
		Map<String, String> states = new HashMap<>();
		sources.forEach((s) -> states.put(s.path("source").asString(), s.path("state").asString()));
		assertThat(states).containsOnlyKeys("SUPPORT", "WELFARE", "VITALS", "LOCATE");
		assertThat(states.values()).allMatch((state) -> state.equals("OK"));
	}

	@Test
	void searchByCaseNumberFindsTheCaseParticipants() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		String handle = search(Map.of("ssn", person.ssn())).data()
			.path("searchPeople")
			.path("candidates")
			.path(0)
			.path("handle")
			.asString();
		GraphQlClient.Response view = query(idp.token("worker-1", "support-worker"), Documents.load("person"),
				Map.of("handle", handle, "purpose", "LOCATE_PARENT"));
		String caseNumber = view.data().path("person").path("support").path(0).path("caseNumber").asString();
		assertThat(caseNumber).startsWith("CS-");

		GraphQlClient.Response response = search(Map.of("caseNumber", caseNumber));

		JsonNode candidates = response.data().path("searchPeople").path("candidates");
		assertThat(candidates.size()).isGreaterThanOrEqualTo(1);
		assertThat(candidates.get(0).path("matchedOn").toString()).contains("CASE_NUMBER");
	}

	@Test
	void withoutATokenTheApiAnswers401AndCallsNoAgency() {
		GraphQlClient.Response response = this.graphql.post(null, Documents.load("searchPeople"),
				Map.of("criteria", Map.of("lastName", "Rivera"), "purpose", "LOCATE_PARENT"));

		assertThat(response.status()).isEqualTo(401);
		assertThat(agencyRequests()).isZero();
	}

	@Test
	void aTokenWithoutARecognisedRoleCanDoNothing() {
		String token = idp.token("someone", "janitor");
		GraphQlClient.Response response = query(token, Documents.load("searchPeople"),
				Map.of("criteria", Map.of("lastName", "Rivera"), "purpose", "LOCATE_PARENT"));

		assertThat(response.status()).isEqualTo(403);
		assertThat(agencyRequests()).isZero();
	}

	@Test
	void aCandidateSaysHowLikelyItsRecordsAreOnePersonAndWhy() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		JsonNode best = search(Map.of("ssn", person.ssn())).data().path("searchPeople").path("candidates").get(0);

		assertThat(best.path("sameProbability").asDouble()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
		assertThat(best.path("likelihood").asString()).isIn("One record", "Very likely", "Likely");
		for (JsonNode record : best.path("records")) {
			if (!record.path("linkedOn").isEmpty()) {
				assertThat(record.path("evidenceFor").toString()).contains("same SSN");
				assertThat(record.path("linkConfidence").asDouble())
					.isGreaterThanOrEqualTo(best.path("sameProbability").asDouble());
			}
		}
	}

	@Test
	void aRecordWhoseSsnHasTwoDigitsSwappedIsOfferedAsAPossibleDuplicateNotMerged() {
		SyntheticPerson person = simulator.population().anyWithMistypedSsn();
		JsonNode candidates = search(Map.of("lastName", person.last(), "dateOfBirth", person.dateOfBirth().toString()))
			.data()
			.path("searchPeople")
			.path("candidates");

		boolean offered = false;
		for (JsonNode candidate : candidates) {
			Set<String> truthIds = new HashSet<>();
			for (JsonNode record : candidate.path("records")) {
				Agency agency = Agency.valueOf(record.path("provenance").path("source").asString());
				simulator.population()
					.truthIdOf(agency, record.path("provenance").path("recordId").asString())
					.ifPresent(truthIds::add);
			}
			for (JsonNode duplicate : candidate.path("possibleDuplicates")) {
				offered |= truthIds.contains(person.truthId())
						&& duplicate.path("evidenceFor").toString().contains("SSNs differ by two swapped digits")
						&& candidates.get(duplicate.path("candidateIndex").asInt()) != candidate;
			}
		}
		assertThat(offered).as("the mistyped record named as a possible duplicate").isTrue();
	}

	private GraphQlClient.Response search(Map<String, Object> criteria) {
		return query(idp.token("worker-1", "support-worker"), Documents.load("searchPeople"),
				Map.of("criteria", criteria, "purpose", "LOCATE_PARENT"));
	}

}
