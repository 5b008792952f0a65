package org.casebridge.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's executable jar is what production runs: it holds the gateway and its
 * libraries, never the demo, the simulated agencies or an authorization server. Runs in
 * the integration-test phase (failsafe), once the gateway module has been packaged.
 */
class ProductionJarTests {

	private static final Path GATEWAY_TARGET = Path.of("../gateway/target");

	@Test
	void holdsNoDemoAndNoSimulatorClasses() throws IOException {
		assertThat(entries(executableJar())).filteredOn((name) -> name.startsWith("BOOT-INF/classes/org/casebridge/"))
			.isNotEmpty()
			.noneMatch((name) -> name.startsWith("BOOT-INF/classes/org/casebridge/demo/")
					|| name.startsWith("BOOT-INF/classes/org/casebridge/simulator/"));
	}

	/**
	 * No simulator, demo or authorization server; Redis only through the client the rate
	 * limits use (Lettuce), never the Spring Data starter.
	 */
	@Test
	void holdsNoSimulatorOrAuthorizationServerLibrary() throws IOException {
		List<String> libraries = entries(executableJar()).stream()
			.filter((name) -> name.startsWith("BOOT-INF/lib/"))
			.map((name) -> name.substring("BOOT-INF/lib/".length()))
			.toList();

		assertThat(libraries).anyMatch((jar) -> jar.startsWith("connector-api-"))
			.noneMatch((jar) -> jar.startsWith("simulator-") || jar.startsWith("demo-")
					|| jar.contains("authorization-server") || jar.startsWith("spring-data-redis")
					|| jar.startsWith("spring-boot-starter-data-redis"));
	}

	@Test
	void demoConfigurationStaysInTheDemo() throws IOException {
		assertThat(entries(executableJar())).doesNotContain("BOOT-INF/classes/application-demo.yml",
				"BOOT-INF/classes/demo-authserver.yml");
	}

	private static Path executableJar() throws IOException {
		try (Stream<Path> files = Files.list(GATEWAY_TARGET)) {
			List<Path> jars = files.filter((file) -> file.getFileName().toString().matches("gateway-.*-exec\\.jar"))
				.toList();
			assertThat(jars).as("the gateway's executable jar in " + GATEWAY_TARGET.toAbsolutePath().normalize())
				.hasSize(1);
			return jars.get(0);
		}
	}

	private static List<String> entries(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
		}
	}

}
