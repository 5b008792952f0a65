package org.casebridge.gateway.protection;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Simulator;
import org.casebridge.simulator.SimulatorSettings;

/**
 * The agencies the population sweeps run against: one simulated population at a time, one
 * seed after another, always on the same ports, so one gateway serves every seed.
 */
final class SweepAgencies {

	/** People per seed: every hard case occurs in a population of this size. */
	static final int PEOPLE = 1000;

	private static final int[] PORTS = freePorts(5);

	private static Simulator current;

	private SweepAgencies() {
	}

	/** The agencies of {@code seed}'s population, started if another seed's are running. */
	static synchronized Simulator use(long seed) {
		if (current != null && current.settings().seed() == seed) {
			return current;
		}
		if (current != null) {
			current.close();
		}
		current = Simulator.start(new SimulatorSettings(seed, PEOPLE, "127.0.0.1", PORTS[0], PORTS[1], PORTS[2],
				PORTS[3], PORTS[4], "casebridge", "welfare-secret", 0));
		return current;
	}

	static URI baseUri(Agency agency) {
		return URI.create("http://127.0.0.1:" + PORTS[agency.ordinal()]);
	}

	private static int[] freePorts(int count) {
		ServerSocket[] sockets = new ServerSocket[count];
		int[] ports = new int[count];
		try {
			for (int i = 0; i < count; i++) {
				sockets[i] = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
				ports[i] = sockets[i].getLocalPort();
			}
			for (ServerSocket socket : sockets) {
				socket.close();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return ports;
	}

}
