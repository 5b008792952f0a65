package org.casebridge.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a {@link Simulator}: which population and where each agency listens.
 *
 * @param seed the population's seed; the same seed gives the same people and payloads
 * @param people how many people to generate (1 to 1,000,000)
 * @param host the address every server binds, 127.0.0.1 unless told otherwise
 * @param supportPort child support port, 0 for an ephemeral one
 * @param welfarePort child welfare port, 0 for an ephemeral one
 * @param vitalsPort vital records port, 0 for an ephemeral one
 * @param locatePort locate port, 0 for an ephemeral one
 * @param controlPort control API port, 0 for an ephemeral one
 * @param welfareClientId the client id the welfare token endpoint accepts
 * @param welfareClientSecret the client secret the welfare token endpoint accepts
 * @param locateRequestsPerSecond each client address's locate allowance, 0 for unlimited
 * @param welfareTokenLifetime how long a welfare access token stays valid
 */
public record SimulatorSettings(long seed, int people, String host, int supportPort, int welfarePort, int vitalsPort,
		int locatePort, int controlPort, String welfareClientId, String welfareClientSecret,
		int locateRequestsPerSecond, Duration welfareTokenLifetime) {

	/** The largest population the simulator generates. */
	public static final int MAX_PEOPLE = 1_000_000;

	public SimulatorSettings {
		if (people < 1 || people > MAX_PEOPLE) {
			throw new IllegalArgumentException("people must be between 1 and " + MAX_PEOPLE);
		}
		Objects.requireNonNull(host, "host");
		for (int port : new int[] { supportPort, welfarePort, vitalsPort, locatePort, controlPort }) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port out of range: " + port);
			}
		}
		Objects.requireNonNull(welfareClientId, "welfareClientId");
		Objects.requireNonNull(welfareClientSecret, "welfareClientSecret");
		if (locateRequestsPerSecond < 0) {
			throw new IllegalArgumentException("locateRequestsPerSecond must not be negative");
		}
		if (welfareTokenLifetime == null || welfareTokenLifetime.isNegative() || welfareTokenLifetime.isZero()) {
			throw new IllegalArgumentException("welfareTokenLifetime must be positive");
		}
	}

	/** Settings with the default welfare token lifetime of 300 seconds. */
	public SimulatorSettings(long seed, int people, String host, int supportPort, int welfarePort, int vitalsPort,
			int locatePort, int controlPort, String welfareClientId, String welfareClientSecret,
			int locateRequestsPerSecond) {
		this(seed, people, host, supportPort, welfarePort, vitalsPort, locatePort, controlPort, welfareClientId,
				welfareClientSecret, locateRequestsPerSecond, Duration.ofSeconds(300));
	}

	/**
	 * Seed 20261101, 5,000 people, 127.0.0.1, control on 9100 and the agencies on 9101
	 * (support) to 9104 (locate), client {@code casebridge}/{@code welfare-secret}, 50
	 * locate requests per second.
	 */
	public static SimulatorSettings defaults() {
		return new SimulatorSettings(20261101L, 5000, "127.0.0.1", 9101, 9102, 9103, 9104, 9100, "casebridge",
				"welfare-secret", 50);
	}

	/** The same settings with every port 0, so the system picks free ones. */
	public SimulatorSettings withEphemeralPorts() {
		return withPortBase(0).withControlPort(0);
	}

	/**
	 * Control on {@code base}, agencies on {@code base+1} to {@code base+4}; 0 for
	 * ephemeral.
	 */
	public SimulatorSettings withPortBase(int base) {
		int step = (base == 0) ? 0 : 1;
		return new SimulatorSettings(this.seed, this.people, this.host, base + step, base + 2 * step, base + 3 * step,
				base + 4 * step, base, this.welfareClientId, this.welfareClientSecret, this.locateRequestsPerSecond,
				this.welfareTokenLifetime);
	}

	public SimulatorSettings withControlPort(int port) {
		return new SimulatorSettings(this.seed, this.people, this.host, this.supportPort, this.welfarePort,
				this.vitalsPort, this.locatePort, port, this.welfareClientId, this.welfareClientSecret,
				this.locateRequestsPerSecond, this.welfareTokenLifetime);
	}

	public SimulatorSettings withSeed(long seed) {
		return new SimulatorSettings(seed, this.people, this.host, this.supportPort, this.welfarePort, this.vitalsPort,
				this.locatePort, this.controlPort, this.welfareClientId, this.welfareClientSecret,
				this.locateRequestsPerSecond, this.welfareTokenLifetime);
	}

	public SimulatorSettings withPeople(int people) {
		return new SimulatorSettings(this.seed, people, this.host, this.supportPort, this.welfarePort, this.vitalsPort,
				this.locatePort, this.controlPort, this.welfareClientId, this.welfareClientSecret,
				this.locateRequestsPerSecond, this.welfareTokenLifetime);
	}

	public SimulatorSettings withHost(String host) {
		return new SimulatorSettings(this.seed, this.people, host, this.supportPort, this.welfarePort, this.vitalsPort,
				this.locatePort, this.controlPort, this.welfareClientId, this.welfareClientSecret,
				this.locateRequestsPerSecond, this.welfareTokenLifetime);
	}

	public SimulatorSettings withWelfareClient(String clientId, String clientSecret) {
		return new SimulatorSettings(this.seed, this.people, this.host, this.supportPort, this.welfarePort,
				this.vitalsPort, this.locatePort, this.controlPort, clientId, clientSecret,
				this.locateRequestsPerSecond, this.welfareTokenLifetime);
	}

	public SimulatorSettings withLocateRequestsPerSecond(int requestsPerSecond) {
		return new SimulatorSettings(this.seed, this.people, this.host, this.supportPort, this.welfarePort,
				this.vitalsPort, this.locatePort, this.controlPort, this.welfareClientId, this.welfareClientSecret,
				requestsPerSecond, this.welfareTokenLifetime);
	}

	public SimulatorSettings withWelfareTokenLifetime(Duration lifetime) {
		return new SimulatorSettings(this.seed, this.people, this.host, this.supportPort, this.welfarePort,
				this.vitalsPort, this.locatePort, this.controlPort, this.welfareClientId, this.welfareClientSecret,
				this.locateRequestsPerSecond, lifetime);
	}

	/** The configured port of {@code agency}. */
	public int port(Agency agency) {
		return switch (agency) {
			case SUPPORT -> this.supportPort;
			case WELFARE -> this.welfarePort;
			case VITALS -> this.vitalsPort;
			case LOCATE -> this.locatePort;
		};
	}

	/** {@code http://host:port} on this host, with an IPv6 host in brackets. */
	URI uri(int port) {
		String address = this.host.contains(":") ? "[" + this.host + "]" : this.host;
		return URI.create("http://" + address + ":" + port);
	}

	/**
	 * The key {@code agency} signs its change feed with, shared with the gateway
	 * ({@code casebridge.connectors.<agency>.event-key}); derived from the seed, as the
	 * demo's other secrets are fixed.
	 */
	public String eventKey(Agency agency) {
		return "simulated-" + agency.pathName() + "-event-key-" + this.seed;
	}

}
