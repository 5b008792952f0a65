package org.casebridge.demo;

import java.nio.file.Path;
import java.util.List;

import org.casebridge.gateway.AsyncPool;

/**
 * Entry point of {@code ./casebridge demo}: starts the {@link Demo} on its documented
 * ports, prints where everything is, and stops it all when the JVM is asked to stop
 * (Ctrl-C). The demo jar's main class (see docs/demo.md).
 *
 * <p>
 * The data directory is {@code casebridge.data-dir} (system property), else
 * {@code CASEBRIDGE_DATA_DIR}, else {@code .demo-data} in the working directory.
 * Arguments are passed to the gateway, e.g. {@code --logging.level.org.casebridge=DEBUG}.
 */
public final class DemoLauncher {

	private DemoLauncher() {
	}

	public static void main(String[] args) {
		AsyncPool.ensureShared();
		DemoSettings settings = DemoSettings.defaults(dataDir()).withGatewayArguments(List.of(args));
		Demo demo;
		try {
			demo = Demo.start(settings);
		}
		catch (RuntimeException ex) {
			System.err.println("\nThe CaseBridge demo could not start: " + rootCause(ex));
			System.err.println("Ports " + DemoSettings.GATEWAY_PORT + ", " + DemoSettings.IDENTITY_PROVIDER_PORT
					+ " and 9100-9104 on 127.0.0.1 must be free (is another demo running?).");
			System.exit(1);
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(demo::close, "casebridge-demo-shutdown"));
		System.out.println(DemoBanner.of(demo));
	}

	private static Path dataDir() {
		String configured = System.getProperty("casebridge.data-dir", System.getenv("CASEBRIDGE_DATA_DIR"));
		return Path.of((configured != null && !configured.isBlank()) ? configured : ".demo-data");
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause == failure) ? String.valueOf(failure.getMessage()) : failure.getMessage() + " (" + cause + ")";
	}

}
