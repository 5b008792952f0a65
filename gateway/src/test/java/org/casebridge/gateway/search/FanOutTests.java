package org.casebridge.gateway.search;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Behaviour;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FanOutTests extends GatewayIntegrationTest {

	@Test
	void everyAgencyIsAskedBeforeAnyAnswers() throws Exception {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		simulator.gate().close();
		CompletableFuture<GraphQlClient.Response> pending = CompletableFuture.supplyAsync(() -> search(person));

		boolean allArrived = simulator.gate().awaitArrivals(1, Duration.ofSeconds(10));
		assertThat(allArrived).as("all four agencies were asked while none had answered").isTrue();
		assertThat(pending).isNotDone();
		simulator.gate().open();

		GraphQlClient.Response response = pending.get();
		assertThat(states(response).values()).containsOnly("OK");
	}

	@Test
	void anAgencyThatIsDownIsReportedUnavailableAndTheOthersStillAnswer() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		simulator.behave(Agency.WELFARE, new Behaviour(Behaviour.Mode.DOWN, Duration.ZERO));

		GraphQlClient.Response response = search(person);

		Map<String, String> states = states(response);
		assertThat(states).containsEntry("WELFARE", "UNAVAILABLE")
			.containsEntry("SUPPORT", "OK")
			.containsEntry("VITALS", "OK")
			.containsEntry("LOCATE", "OK");
		JsonNode welfare = source(response, "WELFARE");
		assertThat(welfare.path("reason").asString()).isNotBlank().doesNotContain("127.0.0.1");
		assertThat(welfare.path("attempts").asInt()).isEqualTo(2);
		assertThat(response.data().path("searchPeople").path("candidates").size()).isGreaterThan(0);
	}

	@Test
	void aHangingAgencyTimesOutWhileTheOthersAnswer() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		simulator.behave(Agency.VITALS, new Behaviour(Behaviour.Mode.HANG, Duration.ZERO));

		GraphQlClient.Response response = search(person);

		assertThat(states(response)).containsEntry("VITALS", "TIMEOUT")
			.containsEntry("SUPPORT", "OK")
			.containsEntry("WELFARE", "OK")
			.containsEntry("LOCATE", "OK");
	}

	@Test
	void aMalformedAnswerIsAnErrorNotAnEmptyResult() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		simulator.behave(Agency.SUPPORT, new Behaviour(Behaviour.Mode.MALFORMED, Duration.ZERO));

		GraphQlClient.Response response = search(person);

		assertThat(states(response)).containsEntry("SUPPORT", "ERROR");
		assertThat(source(response, "SUPPORT").path("attempts").asInt()).isEqualTo(1);
	}

	@Test
	void aRateLimitedAgencyIsRetriedThenReportedUnavailable() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		simulator.behave(Agency.LOCATE, new Behaviour(Behaviour.Mode.RATE_LIMIT, Duration.ZERO));

		GraphQlClient.Response response = search(person);

		assertThat(states(response)).containsEntry("LOCATE", "UNAVAILABLE");
		assertThat(source(response, "LOCATE").path("attempts").asInt()).isEqualTo(2);
	}

	@Test
	void theCircuitOpensAfterRepeatedFailuresAndTheAgencyIsNoLongerCalled() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		simulator.behave(Agency.SUPPORT, new Behaviour(Behaviour.Mode.ERROR_500, Duration.ZERO));
		for (int i = 0; i < 3; i++) {
			search(person);
		}
		long callsBefore = simulator.requestCount(Agency.SUPPORT);

		GraphQlClient.Response response = search(person);

		assertThat(states(response)).containsEntry("SUPPORT", "CIRCUIT_OPEN").containsEntry("WELFARE", "OK");
		assertThat(source(response, "SUPPORT").path("attempts").asInt()).isZero();
		assertThat(simulator.requestCount(Agency.SUPPORT)).isEqualTo(callsBefore);
	}

	@Test
	void aCallerCanAskOneAgencyAloneAndOnlyThatAgencyIsCalled() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();

		GraphQlClient.Response response = query(idp.token("worker-1", "support-worker"), Documents.load("searchPeople"),
				Map.of("criteria", Map.of("ssn", person.ssn()), "purpose", "LOCATE_PARENT", "sources",
						java.util.List.of("VITALS")));

		assertThat(states(response)).containsOnlyKeys("VITALS").containsEntry("VITALS", "OK");
		assertThat(simulator.requestCount(Agency.VITALS)).isEqualTo(1);
		assertThat(agencyRequests()).isEqualTo(1);
	}

	private GraphQlClient.Response search(SyntheticPerson person) {
		return query(idp.token("worker-1", "support-worker"), Documents.load("searchPeople"),
				Map.of("criteria", Map.of("ssn", person.ssn()), "purpose", "LOCATE_PARENT"));
	}

	private static Map<String, String> states(GraphQlClient.Response response) {
		Map<String, String> states = new HashMap<>();
		response.data()
			.path("searchPeople")
			.path("sources")
			.forEach((s) -> states.put(s.path("source").asString(), s.path("state").asString()));
		return states;
	}

	private static JsonNode source(GraphQlClient.Response response, String name) {
		for (JsonNode s : response.data().path("searchPeople").path("sources")) {
			if (s.path("source").asString().equals(name)) {
				return s;
			}
		}
		throw new AssertionError("no status for " + name);
	}

}
