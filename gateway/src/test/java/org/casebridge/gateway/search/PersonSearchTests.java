package org.casebridge.gateway.search;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.identity.Nicknames;
import org.casebridge.gateway.source.Connectors;
import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PersonSearchTests extends GatewayIntegrationTest {

	@Autowired
	private Connectors connectors;

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

	/**
	 * A sweep over the population: everyone with a given name that has a nickname and a
	 * day of birth that can be swapped with the month, searched for as a worker might
	 * type them: the nickname and the day and month swapped. Every agency record that
	 * holds the person's own name and date of birth must come back, in one candidate that
	 * says why. The control asks an agency the same criteria directly: its exact search
	 * finds none of them, so the sweep fails if the gateway stops widening.
	 */
	@Test
	void aNicknameAndASwappedDateOfBirthStillFindEveryRecordOfThePerson() {
		int people = 0;
		int recordsExpected = 0;
		int recordsFound = 0;
		int foundByTheAgencyItself = 0;
		for (SyntheticPerson person : simulator.population().people()) {
			LocalDate born = person.dateOfBirth();
			Optional<String> nickname = Nicknames.of(person.first().toUpperCase(Locale.ROOT))
				.stream()
				.sorted()
				.findFirst();
			if (people == 25 || born == null || born.getDayOfMonth() > 12
					|| born.getDayOfMonth() == born.getMonthValue() || nickname.isEmpty()) {
				continue;
			}
			Set<String> expected = new HashSet<>();
			for (RecordedIdentity identity : simulator.population().recordedIdentities(person.truthId())) {
				if (identity.first().equalsIgnoreCase(person.first()) && identity.last().equalsIgnoreCase(person.last())
						&& born.equals(identity.dateOfBirth())) {
					expected.add(identity.agency() + ":" + identity.recordId());
				}
			}
			if (expected.isEmpty()) {
				continue;
			}
			people++;
			LocalDate swapped = LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
			Map<String, Object> typed = Map.of("firstName", nickname.get(), "lastName", person.last(), "dateOfBirth",
					swapped.toString());
			JsonNode candidates = search(typed).data().path("searchPeople").path("candidates");
			for (JsonNode candidate : candidates) {
				Set<String> held = new HashSet<>();
				candidate.path("records")
					.forEach((record) -> held.add(record.path("provenance").path("source").asString() + ":"
							+ record.path("provenance").path("recordId").asString()));
				held.retainAll(expected);
				if (!held.isEmpty()) {
					recordsFound += held.size();
					String why = candidate.path("matchedBy").toString();
					// some agencies hold the nickname itself
					assertThat(why).contains("BIRTH_DAY_MONTH_SWAPPED")
						.containsAnyOf("NAME_NICKNAME", "NAME_SIMILAR", "NAME_SAME");
				}
			}
			recordsExpected += expected.size();
			foundByTheAgencyItself += this.connectors.get(Source.SUPPORT)
				.searchPeople(new PersonSearch(nickname.get(), person.last(), swapped, null, null))
				.join()
				.size();
		}
		assertThat(people).as("people in the sweep").isEqualTo(25);
		assertThat(foundByTheAgencyItself).as("control: an agency's exact search finds them").isZero();
		assertThat(recordsFound).as("records found of " + recordsExpected).isEqualTo(recordsExpected);
	}

	private GraphQlClient.Response search(Map<String, Object> criteria) {
		return query(idp.token("worker-1", "support-worker"), Documents.load("searchPeople"),
				Map.of("criteria", criteria, "purpose", "LOCATE_PARENT"));
	}

}
