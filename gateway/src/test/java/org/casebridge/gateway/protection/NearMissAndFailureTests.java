package org.casebridge.gateway.protection;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Behaviour;
import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures and near misses are never "none": a section whose agency failed is null with
 * an error at its path, and an agency holding the person only under a mistyped SSN says a
 * record that may be them exists, and offers it.
 */
class NearMissAndFailureTests extends GatewayIntegrationTest {

	private static final String SEARCH = Documents.load("searchPeople");

	private static final String VIEW = Documents.load("sweepPerson");

	@Test
	void aSectionWhoseAgencyIsDownIsNullWithAnErrorAndTheOthersStillAnswer() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		String token = idp.token("near-miss", "support-worker");
		String handle = firstHandle(token, Map.of("ssn", person.ssn()), "LOCATE_PARENT");
		simulator.behave(Agency.LOCATE, Behaviour.of(Behaviour.Mode.DOWN));

		JsonNode answer = query(token, VIEW, Map.of("handle", handle, "purpose", "LOCATE_PARENT")).body();

		JsonNode locate = answer.path("data").path("person").path("locate");
		for (String list : List.of("addresses", "employers", "wages", "driverRecords")) {
			assertThat(locate.path(list).isNull()).as(list).isTrue();
		}
		assertThat(answer.path("errors")).filteredOn((e) -> e.path("path").path(2).isString())
			.hasSize(4)
			.allSatisfy((error) -> {
				assertThat(error.path("extensions").path("code").asString()).isEqualTo("SOURCE_UNAVAILABLE");
				assertThat(error.path("extensions").path("source").asString()).isEqualTo("LOCATE");
				assertThat(error.path("extensions").path("state").asString()).isEqualTo("UNAVAILABLE");
			});
		assertThat(answer.path("data").path("person").path("support").isArray()).isTrue();
		assertThat(answer.path("data").path("person").path("paternity").isArray()).isTrue();
	}

	@Test
	void anAgencyHoldingThePersonUnderAMistypedSsnReportsAPossibleMatchAndOffersIt() {
		SyntheticPerson person = simulator.population().anyWithMistypedSsn();
		RecordedIdentity mistyped = simulator.population()
			.recordedIdentities(person.truthId())
			.stream()
			.filter((record) -> record.ssn() != null
					&& !simulator.population().ssnsOf(person.truthId()).contains(record.ssn()))
			.findFirst()
			.orElseThrow();
		String token = idp.token("near-miss", "support-worker");
		String handle = null;
		JsonNode search = query(token, SEARCH,
				Map.of("criteria", Map.of("ssn", person.ssn()), "purpose", "CASE_REVIEW"))
			.body();
		for (JsonNode candidate : search.path("data").path("searchPeople").path("candidates")) {
			boolean holdsMistyped = false;
			for (JsonNode record : candidate.path("records")) {
				holdsMistyped |= record.path("provenance").path("recordId").asString().equals(mistyped.recordId());
			}
			if (!holdsMistyped) {
				handle = candidate.path("handle").asString();
			}
		}
		assertThat(handle).as("a candidate of the records under the true SSN").isNotNull();

		JsonNode view = query(token, VIEW, Map.of("handle", handle, "purpose", "CASE_REVIEW")).body()
			.path("data")
			.path("person");

		JsonNode status = null;
		for (JsonNode source : view.path("sources")) {
			if (source.path("source").asString().equals(mistyped.agency().name())) {
				status = source;
			}
		}
		assertThat(status).isNotNull();
		assertThat(status.path("state").asString()).isEqualTo("POSSIBLE_MATCH");
		assertThat(view.path("possibleMatches").toString()).contains(mistyped.recordId());
	}

}
