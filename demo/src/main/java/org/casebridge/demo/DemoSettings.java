package org.casebridge.demo;

import java.nio.file.Path;
import java.util.List;

import org.casebridge.simulator.SimulatorSettings;

/**
 * How to start the demo.
 *
 * @param dataDir where the gateway's database and the identity provider's signing key are
 * kept between runs
 * @param agencies the simulated agencies' settings
 * @param identityProviderPort the identity provider's port; 0 picks a free one (its
 * issuer is then taken from request URLs)
 * @param gatewayPort the gateway's port; 0 picks a free one
 * @param gatewayArguments Spring arguments handed to the gateway last, so they win
 */
public record DemoSettings(Path dataDir, SimulatorSettings agencies, int identityProviderPort, int gatewayPort,
		List<String> gatewayArguments) {

	/**
	 * The ports in docs/demo.md: identity provider 9000, gateway 8080, agencies
	 * 9100–9104.
	 */
	public static final int IDENTITY_PROVIDER_PORT = 9000;

	public static final int GATEWAY_PORT = 8080;

	public DemoSettings {
		dataDir = dataDir.toAbsolutePath().normalize();
		gatewayArguments = List.copyOf(gatewayArguments);
	}

	public static DemoSettings defaults(Path dataDir) {
		return new DemoSettings(dataDir, SimulatorSettings.defaults(), IDENTITY_PROVIDER_PORT, GATEWAY_PORT, List.of());
	}

	public DemoSettings withEphemeralPorts() {
		return new DemoSettings(this.dataDir, this.agencies.withEphemeralPorts(), 0, 0, this.gatewayArguments);
	}

	public DemoSettings withGatewayArguments(List<String> arguments) {
		return new DemoSettings(this.dataDir, this.agencies, this.identityProviderPort, this.gatewayPort, arguments);
	}

}
