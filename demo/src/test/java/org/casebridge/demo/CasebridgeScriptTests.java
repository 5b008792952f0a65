package org.casebridge.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The developer entry points are shell scripts; these checks keep them parseable and
 * their help complete (the build runs in the demo module, one level below the repository
 * root).
 */
class CasebridgeScriptTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	@Test
	void scriptsParse() throws Exception {
		for (String script : List.of("casebridge", ".ci/run")) {
			Result result = run("bash", "-n", ROOT.resolve(script).toString());
			assertThat(result.exitCode()).as(script + ": " + result.output()).isZero();
		}
	}

	@Test
	void helpListsEveryCommandFromAnyDirectory() throws Exception {
		Path elsewhere = Files.createTempDirectory("casebridge-help");
		Result result = run(elsewhere, ROOT.resolve("casebridge").toString(), "help");

		assertThat(result.exitCode()).isZero();
		assertThat(result.output()).contains("demo [--reset]", "test [maven args...]", "audit verify", "bench", "help");
	}

	@Test
	void unknownCommandFailsWithHelp() throws Exception {
		Result result = run(ROOT, ROOT.resolve("casebridge").toString(), "no-such-command");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.output()).contains("Usage: ./casebridge");
	}

	private static Result run(String... command) throws IOException, InterruptedException {
		return run(ROOT, command);
	}

	private static Result run(Path directory, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exitCode, String output) {
	}

}
