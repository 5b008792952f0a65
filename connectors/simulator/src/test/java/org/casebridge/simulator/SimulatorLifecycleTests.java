package org.casebridge.simulator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.casebridge.simulator.Behaviour.Mode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorLifecycleTests {

	@Test
	void bindsLoopbackOnlyByDefault() {
		try (Simulator simulator = Simulator.start(SimulatorSettings.defaults().withEphemeralPorts().withPeople(50))) {
			for (Agency agency : Agency.values()) {
				assertThat(simulator.baseUri(agency).getHost()).isEqualTo("127.0.0.1");
				assertThat(simulator.baseUri(agency).getPort()).isPositive();
			}
			assertThat(simulator.controlUri().getHost()).isEqualTo("127.0.0.1");
		}
	}

	@Test
	void sameSeedServesTheSamePayloads() {
		SimulatorSettings settings = SimulatorSettings.defaults().withEphemeralPorts().withPeople(1000);
		try (Simulator first = Simulator.start(settings);
				Simulator second = Simulator.start(settings);
				Simulator other = Simulator.start(settings.withSeed(7))) {
			SyntheticPerson person = first.population().anyKnownToAllAgencies();
			Map<Agency, String> ids = first.population().agencyIds(person.truthId());
			List<String> paths = List.of("/api/v2/members/" + ids.get(Agency.SUPPORT),
					"/api/v2/members?lastName=" + person.last(),
					"/locate/v1/subjects/" + ids.get(Agency.LOCATE) + "/records");
			for (String path : paths) {
				Agency agency = path.startsWith("/api") ? Agency.SUPPORT : Agency.LOCATE;
				assertThat(new Calls(second).get(agency, path).body())
					.isEqualTo(new Calls(first).get(agency, path).body());
			}
			assertThat(new Calls(second).welfare("/ccwis/persons/" + ids.get(Agency.WELFARE)))
				.isEqualTo(new Calls(first).welfare("/ccwis/persons/" + ids.get(Agency.WELFARE)));
			assertThat(new Calls(second).getRegistrant(ids.get(Agency.VITALS)).getDocumentElement().getTextContent())
				.isEqualTo(
						new Calls(first).getRegistrant(ids.get(Agency.VITALS)).getDocumentElement().getTextContent());
			String search = "/api/v2/members?lastName=Smith";
			assertThat(new Calls(other).get(Agency.SUPPORT, search).body())
				.isNotEqualTo(new Calls(first).get(Agency.SUPPORT, search).body());
		}
	}

	@Test
	void closingEndsHeldRequestsAndEveryThread() throws Exception {
		Simulator simulator = Simulator.start(SimulatorSettings.defaults().withEphemeralPorts().withPeople(200));
		Calls calls = new Calls(simulator);
		List<Integer> ports = List.of(simulator.baseUri(Agency.SUPPORT).getPort(),
				simulator.baseUri(Agency.LOCATE).getPort(), simulator.controlUri().getPort());
		simulator.behave(Agency.SUPPORT, Behaviour.of(Mode.HANG));
		simulator.gate().close();
		CompletableFuture<HttpResponse<String>> hanging = calls.client()
			.sendAsync(
					HttpRequest.newBuilder(simulator.baseUri(Agency.SUPPORT).resolve("/api/v2/members?lastName=SMITH"))
						.build(),
					HttpResponse.BodyHandlers.ofString());
		CompletableFuture<HttpResponse<String>> held = calls.client()
			.sendAsync(HttpRequest
				.newBuilder(simulator.baseUri(Agency.LOCATE).resolve("/locate/v1/subjects?surname=SMITH"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(simulator.gate().awaitArrivals(Map.of(Agency.SUPPORT, 1, Agency.LOCATE, 1), Duration.ofSeconds(20)))
			.isTrue();
		assertThat(threadsOf(ports)).isNotEmpty();
		simulator.close();
		for (CompletableFuture<HttpResponse<String>> request : List.of(hanging, held)) {
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> request.get(20, TimeUnit.SECONDS))
				.withCauseInstanceOf(IOException.class);
		}
		// A pool thread may still be on its way out when the pool reports termination.
		for (Thread thread : threadsOf(ports)) {
			thread.join(5000);
		}
		assertThat(threadsOf(ports)).isEmpty();
		assertThatThrownBy(() -> calls.get(Agency.SUPPORT, "/api/v2/members?lastName=SMITH"))
			.hasCauseInstanceOf(ConnectException.class);
	}

	@Test
	void downIsUndoneByReset() {
		try (Simulator simulator = Simulator.start(SimulatorSettings.defaults().withEphemeralPorts().withPeople(50))) {
			for (Agency agency : Agency.values()) {
				simulator.behave(agency, Behaviour.of(Mode.DOWN));
			}
			simulator.reset();
			for (Agency agency : Agency.values()) {
				assertThat(simulator.behaviour(agency)).isEqualTo(Behaviour.normal());
			}
			assertThat(new Calls(simulator).get(Agency.SUPPORT, "/api/v2/members?lastName=SMITH").statusCode())
				.isEqualTo(200);
		}
	}

	private static List<Thread> threadsOf(List<Integer> ports) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(Thread::isAlive)
			.filter((thread) -> thread.getName().startsWith("simulator-")
					&& ports.stream().anyMatch((port) -> thread.getName().contains("-" + port + "-")))
			.toList();
	}

}
