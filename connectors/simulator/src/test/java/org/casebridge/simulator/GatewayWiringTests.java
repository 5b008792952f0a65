package org.casebridge.simulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GatewayWiringTests {

	@Test
	void everyConnectorIsPointedAtItsAgencyWithTheWelfareClientItAccepts() {
		SimulatorSettings settings = SimulatorSettings.defaults().withWelfareClient("gw", "s3cret");

		assertThat(GatewayWiring.properties(settings)).containsExactly(
				entry("casebridge.connectors.support.base-uri", "http://127.0.0.1:9101"),
				entry("casebridge.connectors.welfare.base-uri", "http://127.0.0.1:9102"),
				entry("casebridge.connectors.welfare.token-uri", "http://127.0.0.1:9102/oauth/token"),
				entry("casebridge.connectors.vitals.base-uri", "http://127.0.0.1:9103/registry/soap"),
				entry("casebridge.connectors.locate.base-uri", "http://127.0.0.1:9104"),
				entry("casebridge.connectors.welfare.client-id", "gw"),
				entry("casebridge.connectors.welfare.client-secret", "s3cret"),
				entry("casebridge.connectors.support.event-key", "simulated-support-event-key-20261101"),
				entry("casebridge.connectors.welfare.event-key", "simulated-welfare-event-key-20261101"),
				entry("casebridge.connectors.locate.event-key", "simulated-locate-event-key-20261101"));
	}

	@Test
	void aRunningSimulatorIsWiredOnTheEphemeralPortsItBound() {
		try (Simulator simulator = Simulator.start(SimulatorSettings.defaults().withPeople(10).withEphemeralPorts())) {
			assertThat(GatewayWiring.properties(simulator)).containsEntry("casebridge.connectors.locate.base-uri",
					simulator.baseUri(Agency.LOCATE).toString());
		}
	}

	@Test
	void agenciesWithoutFixedPortsCannotBeWiredBeforeTheyStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GatewayWiring.properties(SimulatorSettings.defaults().withEphemeralPorts()))
			.withMessageContaining("support");
	}

	@Test
	void mainPrintsOneGatewayArgumentPerLineForTheSimulatorsFlags() {
		PrintStream original = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			GatewayWiring.main(new String[] { "--host", "127.0.0.1", "--port-base", "19100" });
		}
		finally {
			System.setOut(original);
		}

		assertThat(printed.toString(StandardCharsets.UTF_8).lines()).hasSize(10)
			.contains("--casebridge.connectors.vitals.base-uri=http://127.0.0.1:19103/registry/soap",
					"--casebridge.connectors.welfare.client-secret=welfare-secret");
	}

	private static java.util.Map.Entry<String, String> entry(String key, String value) {
		return java.util.Map.entry(key, value);
	}

}
