package org.casebridge.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs in a JVM of its own that sees one core, as the gateway does in a one-core
 * container: the pool has to be set up before anything touches it.
 */
class AsyncPoolTests {

	@Test
	void onOneCoreAsynchronousStagesRunOnThePoolNotOnANewThreadEach() throws Exception {
		List<String> lines = runOnOneCore();

		assertThat(lines).hasSize(2);
		assertThat(Integer.parseInt(lines.get(0))).isGreaterThanOrEqualTo(2);
		assertThat(lines.get(1)).startsWith("ForkJoinPool.commonPool-worker");
	}

	@Test
	void anExplicitSettingIsKept() throws Exception {
		List<String> lines = runOnOneCore("-D" + AsyncPool.PARALLELISM + "=3");

		assertThat(lines.get(0)).isEqualTo("3");
	}

	private static List<String> runOnOneCore(String... options) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:ActiveProcessorCount=1");
		command.addAll(List.of(options));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output.lines().toList();
	}

	/**
	 * What the gateway's {@code main} does first, then where an asynchronous stage runs.
	 */
	static final class Probe {

		public static void main(String[] args) {
			System.out.println(AsyncPool.ensureShared());
			System.out.println(CompletableFuture.supplyAsync(() -> Thread.currentThread().getName()).join());
		}

	}

}
