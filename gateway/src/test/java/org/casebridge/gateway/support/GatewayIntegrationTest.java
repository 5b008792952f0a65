package org.casebridge.gateway.support;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.GatewayWiring;
import org.casebridge.simulator.Simulator;
import org.casebridge.simulator.SimulatorSettings;
import org.junit.jupiter.api.AfterEach;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the gateway's end-to-end tests: the real gateway on a random port, the
 * simulated agencies over real HTTP, a real PostgreSQL database and a local token issuer.
 * Every subclass shares one Spring context and one simulator, so the suite starts them
 * once.
 */
public abstract class GatewayIntegrationTest extends GatewayTest {

	protected static final Simulator simulator = Agencies.SIMULATOR;

	@DynamicPropertySource
	static void sharedAgencies(DynamicPropertyRegistry registry) {
		agencies(registry, simulator::baseUri);
		// the agencies' change feeds, and their workers as CaseBridge users
		GatewayWiring.eventKeys(simulator.settings()).forEach((name, value) -> registry.add(name, () -> value));
		GatewayWiring.caseworkers().forEach((name, value) -> registry.add(name, () -> value));
	}

	@AfterEach
	void restoreAgencies() {
		simulator.gate().open();
		simulator.reset();
		this.circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	protected long agencyRequests() {
		long total = 0;
		for (Agency agency : Agency.values()) {
			total += simulator.requestCount(agency);
		}
		return total;
	}

	private static final class Agencies {

		static final Simulator SIMULATOR = Simulator.start(SimulatorSettings.defaults().withEphemeralPorts());

	}

}
