package org.casebridge.simulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate lets a test see requests in flight at every agency at once. */
class GateTests {

	private static Simulator simulator;

	private static Calls calls;

	@BeforeAll
	static void start() {
		simulator = Simulator.start(SimulatorSettings.defaults().withEphemeralPorts().withPeople(500));
		calls = new Calls(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@AfterEach
	void openAgain() {
		simulator.reset();
	}

	@Test
	void closedGateHoldsEveryAgencysRequestUntilOpened() throws Exception {
		String token = calls.welfareToken();
		simulator.gate().close();
		List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
		pending.add(async(Agency.SUPPORT, "/api/v2/members?lastName=SMITH"));
		pending.add(async(Agency.WELFARE, "/ccwis/persons/search?last_name=SMITH", "Authorization", "Bearer " + token));
		pending.add(calls.client()
			.sendAsync(HttpRequest.newBuilder(simulator.baseUri(Agency.VITALS).resolve("/registry/soap"))
				.header("SOAPAction", "\"urn:state:vitals:registry:v1/SearchRegistrants\"")
				.POST(HttpRequest.BodyPublishers
					.ofString("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
							+ " xmlns:v=\"urn:state:vitals:registry:v1\"><soap:Body><v:SearchRegistrants><v:Surname>Smith</v:Surname>"
							+ "</v:SearchRegistrants></soap:Body></soap:Envelope>"))
				.build(), HttpResponse.BodyHandlers.ofString()));
		pending.add(async(Agency.LOCATE, "/locate/v1/subjects?surname=SMITH"));
		assertThat(simulator.gate().awaitArrivals(1, Duration.ofSeconds(20))).isTrue();
		assertThat(pending).noneMatch(CompletableFuture::isDone);
		for (Agency agency : Agency.values()) {
			assertThat(simulator.gate().arrived(agency)).isEqualTo(1);
		}
		simulator.gate().open();
		for (CompletableFuture<HttpResponse<String>> response : pending) {
			assertThat(response.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void waitingForArrivalsThatDoNotComeTimesOut() {
		simulator.gate().close();
		assertThat(simulator.gate().awaitArrivals(Map.of(Agency.SUPPORT, 1), Duration.ofMillis(50))).isFalse();
		assertThat(simulator.gate().arrived(Agency.SUPPORT)).isZero();
	}

	@Test
	void tokenRequestsAreNotHeld() {
		simulator.gate().close();
		assertThat(calls.welfareToken()).isNotBlank();
		assertThat(simulator.gate().arrived(Agency.WELFARE)).isZero();
	}

	@Test
	void hundredsOfConcurrentClientsAreServedInParallel() throws Exception {
		int clients = 256;
		simulator.behave(Agency.SUPPORT, Behaviour.slow(Duration.ofMillis(20)));
		simulator.gate().close();
		List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			pending.add(async(Agency.SUPPORT, "/api/v2/members?lastName=SMITH"));
		}
		// All of them are inside the server at once, each on its own thread.
		assertThat(simulator.gate().awaitArrivals(Map.of(Agency.SUPPORT, clients), Duration.ofSeconds(30))).isTrue();
		simulator.gate().open();
		for (CompletableFuture<HttpResponse<String>> response : pending) {
			assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
		assertThat(simulator.requestCount(Agency.SUPPORT)).isEqualTo(clients);
	}

	private static CompletableFuture<HttpResponse<String>> async(Agency agency, String pathAndQuery,
			String... headers) {
		URI uri = simulator.baseUri(agency).resolve(pathAndQuery);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return calls.client().sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
