package org.casebridge.demo.ui;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casebridge.demo.Demo;
import org.casebridge.demo.DemoSettings;
import org.casebridge.simulator.GatewayWiring;
import org.casebridge.simulator.Simulator;
import org.casebridge.simulator.SimulatorSettings;

/**
 * The demo system the browser drives, started once for the whole UI suite: simulated
 * agencies, the demo identity provider and the gateway with its screens, all on
 * 127.0.0.1. The gateway's port is chosen before the provider starts, because the
 * provider registers the screen's login redirect URI; everything else binds an ephemeral
 * port. Joint-case alerts on every simulated case reach the demo's caseworkers.
 */
final class DemoSystem {

	/** The idle session timeout under test, short so the warning can be seen quickly. */
	static final int IDLE_SECONDS = 45;

	/** The warning shows this long before the end, i.e. after 15 idle seconds. */
	static final int WARNING_SECONDS = 30;

	/** The demo user every child-support agency worker signs in as in these tests. */
	static final String SUPPORT_WORKER = "support-worker";

	/** The demo user every child-welfare agency worker signs in as in these tests. */
	static final String WELFARE_WORKER = "welfare-worker";

	private static Demo demo;

	private DemoSystem() {
	}

	static synchronized Demo demo() {
		if (demo == null) {
			demo = start();
			Runtime.getRuntime().addShutdownHook(new Thread(demo::close));
		}
		return demo;
	}

	static URI gateway() {
		return demo().gateway();
	}

	static Simulator agencies() {
		return demo().agencies();
	}

	private static Demo start() {
		try {
			Path dataDir = Files.createTempDirectory("casebridge-ui");
			List<String> arguments = new ArrayList<>(
					List.of("--casebridge.ui.session.idle-timeout=" + IDLE_SECONDS + "s",
							"--casebridge.ui.session.warning=" + WARNING_SECONDS + "s",
							"--spring.graphql.graphiql.enabled=false"));
			arguments.addAll(GatewayWiring.arguments(caseworkers()));
			DemoSettings settings = new DemoSettings(dataDir, SimulatorSettings.defaults().withEphemeralPorts(), 0,
					freePort(), arguments);
			return Demo.start(settings);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every simulated child-support worker is the demo's {@value #SUPPORT_WORKER} and
	 * every child-welfare worker its {@value #WELFARE_WORKER}, so that an alert on any
	 * case reaches a user the browser can sign in as; the supervisor is the worker of no
	 * case.
	 */
	private static Map<String, String> caseworkers() {
		Map<String, String> workers = new LinkedHashMap<>();
		GatewayWiring.caseworkers().forEach((name, value) -> {
			if (name.endsWith(".user")) {
				String agencyId = GatewayWiring.caseworkers().get(name.replace(".user", ".agency-id"));
				value = agencyId.endsWith("@support.example.gov") ? SUPPORT_WORKER : WELFARE_WORKER;
			}
			workers.put(name, value);
		});
		return workers;
	}

	/**
	 * A free port below the kernel's ephemeral range (32768 and up on Linux), so that the
	 * agencies and the identity provider, which bind ephemeral ports after it is chosen,
	 * cannot take it first.
	 */
	private static int freePort() throws IOException {
		java.util.Random random = new java.util.Random();
		for (int attempt = 0; attempt < 50; attempt++) {
			int port = 20000 + random.nextInt(12000);
			try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
			catch (IOException taken) {
				// try another
			}
		}
		throw new IOException("no free port for the gateway between 20000 and 32000");
	}

}
