package org.casebridge.simulator;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ground truth sweeps rely on agrees with what the agencies answer over HTTP: the
 * location values are in the answers verbatim, the tax offsets and their disbursements
 * are the ones served, and every recorded SSN finds its record.
 */
class GroundTruthAnswersTests {

	private static Simulator simulator;

	private static Population population;

	private static Calls calls;

	@BeforeAll
	static void start() {
		simulator = Simulator.start(SimulatorSettings.defaults().withEphemeralPorts().withLocateRequestsPerSecond(0));
		population = simulator.population();
		calls = new Calls(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void aFlaggedMothersLocationValuesAppearVerbatimInHerLocateAnswers() {
		for (List<String> mothers : population.hardCases().values()) {
			String truthId = mothers.get(0);
			Set<String> values = population.locationValues(truthId);
			String answers = locateAnswers(population.agencyIds(truthId).get(Agency.LOCATE));
			assertThat(values).isNotEmpty().allSatisfy((value) -> assertThat(answers).contains(quoted(value)));
		}
	}

	@Test
	void herChildrensPlacementsAppearVerbatimInTheWelfareAnswers() {
		int children = 0;
		for (SyntheticPerson mother : population.flaggedPeople()) {
			for (SyntheticPerson child : population.childrenInCareOf(mother.truthId())) {
				String answer = calls
					.get(Agency.WELFARE, "/ccwis/persons/" + population.agencyIds(child.truthId()).get(Agency.WELFARE),
							"Authorization", "Bearer " + calls.welfareToken())
					.body();
				assertThat(population.locationValues(child.truthId())).isNotEmpty()
					.allSatisfy((value) -> assertThat(answer).contains(quoted(value)));
				children++;
			}
		}
		assertThat(children).isPositive();
	}

	@Test
	void everyDisbursementNamesTheCollectionItDistributes() {
		SyntheticPerson person = population.people()
			.stream()
			.filter((candidate) -> !population.taxOffsets(candidate.truthId()).isEmpty()
					&& population.agencyIds(candidate.truthId()).containsKey(Agency.SUPPORT))
			.findFirst()
			.orElseThrow();
		JsonNode member = calls.getJson(Agency.SUPPORT,
				"/api/v2/members/" + population.agencyIds(person.truthId()).get(Agency.SUPPORT));
		for (JsonNode supportCase : member.get("caseDetails")) {
			Map<String, JsonNode> payments = new HashMap<>();
			supportCase.get("payments").forEach((payment) -> payments.put(payment.get("pmtId").asString(), payment));
			assertThat(supportCase.get("disbursements")).allSatisfy((disbursement) -> {
				JsonNode payment = payments.get(disbursement.get("receiptId").asString());
				assertThat(payment).isNotNull();
				assertThat(disbursement.get("amount").asString()).isEqualTo(payment.get("amount").asString());
			});
		}
	}

	@Test
	void taxOffsetsAreTheIrsPaymentsTheAgencyServesWithTheirDisbursements() {
		SyntheticPerson person = population.people()
			.stream()
			.filter((candidate) -> !population.taxOffsets(candidate.truthId()).isEmpty()
					&& population.agencyIds(candidate.truthId()).containsKey(Agency.SUPPORT))
			.findFirst()
			.orElseThrow();
		JsonNode member = calls.getJson(Agency.SUPPORT,
				"/api/v2/members/" + population.agencyIds(person.truthId()).get(Agency.SUPPORT));
		List<TaxOffset> served = new ArrayList<>();
		for (JsonNode supportCase : member.get("caseDetails")) {
			for (JsonNode payment : supportCase.get("payments")) {
				if ("IRS".equals(payment.get("source").asString())) {
					String disbursement = null;
					for (JsonNode candidate : supportCase.get("disbursements")) {
						if (candidate.get("receiptId").asString().equals(payment.get("pmtId").asString())) {
							disbursement = candidate.get("disbId").asString();
						}
					}
					served.add(new TaxOffset(supportCase.get("caseId").asString(), payment.get("pmtId").asString(),
							null, new BigDecimal(payment.get("amount").asString()), disbursement));
				}
			}
		}
		assertThat(population.taxOffsets(person.truthId()))
			.usingRecursiveFieldByFieldElementComparatorIgnoringFields("receivedOn")
			.containsExactlyElementsOf(served)
			.allSatisfy((offset) -> assertThat(offset.amount().scale()).isEqualTo(2));
	}

	@Test
	void everyRecordedSsnOfAHardCaseFindsItsRecord() {
		for (List<String> mothers : population.hardCases().values()) {
			String truthId = mothers.get(0);
			for (RecordedIdentity identity : population.recordedIdentities(truthId)) {
				if (identity.ssn() == null || identity.agency() == Agency.VITALS) {
					continue;
				}
				assertThat(recordIdsBySsn(identity.agency(), identity.ssn())).as(identity.toString())
					.containsExactly(identity.recordId());
			}
		}
	}

	private static List<String> recordIdsBySsn(Agency agency, String ssn) {
		List<String> ids = new ArrayList<>();
		switch (agency) {
			case SUPPORT -> calls.getJson(Agency.SUPPORT, "/api/v2/members?ssn=" + ssn)
				.get("members")
				.forEach((member) -> ids.add(member.get("memberId").asString()));
			case WELFARE -> calls.welfare("/ccwis/persons/search?ssn=" + ssn)
				.get("results")
				.forEach((person) -> ids.add(person.get("person_id").asString()));
			default -> calls.getJson(Agency.LOCATE, "/locate/v1/subjects?ssn=" + ssn)
				.get("items")
				.forEach((subject) -> ids.add(subject.get("subjectKey").asString()));
		}
		return ids;
	}

	private static String locateAnswers(String subjectKey) {
		StringBuilder answers = new StringBuilder();
		int totalPages = 1;
		for (int page = 0; page < totalPages; page++) {
			HttpResponse<String> answer = calls.get(Agency.LOCATE,
					"/locate/v1/subjects/" + subjectKey + "/records?size=100&page=" + page);
			assertThat(answer.statusCode()).isEqualTo(200);
			totalPages = Calls.json(answer).get("totalPages").asInt();
			answers.append(answer.body());
		}
		return answers.toString();
	}

	/** As a JSON string value, so that a value is not found inside a longer one. */
	private static String quoted(String value) {
		return "\"" + value + "\"";
	}

}
