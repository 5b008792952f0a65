package org.casebridge.demo.replicas;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * One gateway replica as production runs it: the packaged executable jar in a JVM of its
 * own, with the production profile, its output in a log file. {@link #kill()} ends it the
 * way a crashed node or an OOM killer does: SIGKILL, no shutdown hook, no last
 * checkpoint.
 */
final class GatewayProcess implements AutoCloseable {

	private static final Path GATEWAY_TARGET = Path.of("../gateway/target");

	private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	/**
	 * Start-up on a shared two-core machine can take minutes (docs/operations.md,
	 * "Start-up").
	 */
	private static final Duration PATIENCE = Duration.ofMinutes(6);

	private final String name;

	private final Process process;

	private final Path log;

	private final int port;

	private final int managementPort;

	private GatewayProcess(String name, Process process, Path log, int port, int managementPort) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.port = port;
		this.managementPort = managementPort;
	}

	/**
	 * Starts the packaged gateway; returns at once (see {@link #awaitReady()}).
	 * @param name what the replica is called in the test's messages
	 * @param logs where its log file goes
	 * @param extraClasses a directory of classes put beside the jar's own, with
	 * {@code mainClass} the main class to run, or {@code null} for the gateway as shipped
	 * @param mainClass the main class when {@code extraClasses} is given
	 * @param jvmOptions further options for the JVM, such as system properties
	 * @param arguments Spring property arguments
	 * @return the starting replica
	 * @throws IOException if the JVM cannot be started
	 */
	static GatewayProcess start(String name, Path logs, Path extraClasses, String mainClass, List<String> jvmOptions,
			List<String> arguments) throws IOException {
		int port = freePort();
		int managementPort = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// the production settings of docs/operations.md; C1 only, to start on less CPU
		command.addAll(List.of("-Xms256m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=192m",
				"-XX:ReservedCodeCacheSize=96m", "-Xss512k", "-XX:TieredStopAtLevel=1"));
		if (extraClasses != null) {
			command.add("-Dloader.path=" + extraClasses.toAbsolutePath());
			command.add("-Dloader.main=" + mainClass);
		}
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", executableJar().toAbsolutePath().toString(), LAUNCHER));
		command.add("--spring.profiles.active=production");
		command.add("--server.port=" + port);
		command.add("--management.server.port=" + managementPort);
		command.addAll(arguments);
		Path log = logs.resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("MALLOC_ARENA_MAX", "2");
		Process process = builder.start();
		// a test JVM that ends without its @AfterAll leaves no replica behind
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return new GatewayProcess(name, process, log, port, managementPort);
	}

	/**
	 * Waits until the replica reports itself ready on its management port.
	 * @return this replica
	 */
	GatewayProcess awaitReady() {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		URI readiness = URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/health/readiness");
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " ended with " + this.process.exitValue() + ":\n" + tail());
			}
			try {
				HttpResponse<Void> response = client.send(
						HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return this;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
		}
		throw new IllegalStateException(this.name + " not ready within " + PATIENCE + ":\n" + tail());
	}

	/**
	 * Kills the JVM with SIGKILL and waits for it to be gone.
	 * @return the exit status the operating system reported (137 for SIGKILL)
	 */
	int kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return this.process.exitValue();
	}

	String name() {
		return this.name;
	}

	/**
	 * A gauge of the replica's Prometheus scrape, on its management port.
	 * @param name the gauge's name as Prometheus spells it
	 * @return its value, summed over its tags; -1 when the scrape cannot be read
	 */
	double gauge(String name) {
		try {
			HttpResponse<String> scrape = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/prometheus"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (scrape.statusCode() != 200) {
				return -1;
			}
			return scrape.body()
				.lines()
				.filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " "))
				.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
				.sum();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	int port() {
		return this.port;
	}

	URI graphql() {
		return URI.create("http://127.0.0.1:" + this.port + "/graphql");
	}

	/**
	 * The replica's last log lines, for a failure message.
	 * @return up to 40 lines
	 */
	String tail() {
		try (Stream<String> lines = Files.lines(this.log)) {
			List<String> all = lines.toList();
			return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(40, TimeUnit.SECONDS)) {
					this.process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.process.destroyForcibly();
			}
		}
	}

	static Path executableJar() throws IOException {
		try (Stream<Path> files = Files.list(GATEWAY_TARGET)) {
			List<Path> jars = files.filter((file) -> file.getFileName().toString().matches("gateway-.*-exec\\.jar"))
				.toList();
			if (jars.size() != 1) {
				throw new IllegalStateException("expected one gateway executable jar in "
						+ GATEWAY_TARGET.toAbsolutePath().normalize() + ", found " + jars);
			}
			return jars.get(0);
		}
	}

	/**
	 * A free port below the kernel's ephemeral range, so that connections the test makes
	 * meanwhile cannot take it.
	 */
	static int freePort() throws IOException {
		java.util.Random random = new java.util.Random();
		for (int attempt = 0; attempt < 50; attempt++) {
			int candidate = 20000 + random.nextInt(12000);
			try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
			catch (IOException taken) {
				// try another
			}
		}
		throw new IOException("no free port between 20000 and 32000");
	}

}
