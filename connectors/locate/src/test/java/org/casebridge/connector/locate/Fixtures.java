package org.casebridge.connector.locate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.tomakehurst.wiremock.WireMockServer;

/** The agency's recorded payloads, and the small helpers every contract test uses. */
final class Fixtures {

	static final Instant NOW = Instant.parse("2026-11-05T18:30:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private Fixtures() {
	}

	static String json(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/locate/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static LocateConnector connector(WireMockServer server, Duration responseTimeout, int pageSize, int maxPages) {
		return connector("http://127.0.0.1:" + server.port(), responseTimeout, pageSize, maxPages);
	}

	static LocateConnector connector(String baseUri, Duration responseTimeout, int pageSize, int maxPages) {
		return new LocateConnector(new LocateSettings(java.net.URI.create(baseUri), Duration.ofSeconds(2),
				responseTimeout, pageSize, maxPages), CLOCK);
	}

	/** The exception a future failed with, unwrapped; fails if the future succeeds. */
	static Throwable failureOf(CompletableFuture<?> future) {
		try {
			Object value = future.get(10, TimeUnit.SECONDS);
			throw new AssertionError("expected a failure but got " + value);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			while (cause instanceof CompletionException && cause.getCause() != null) {
				cause = cause.getCause();
			}
			return cause;
		}
		catch (InterruptedException | TimeoutException ex) {
			throw new AssertionError("the future did not complete", ex);
		}
	}

	static <T> T valueOf(CompletableFuture<T> future) {
		try {
			return future.get(10, TimeUnit.SECONDS);
		}
		catch (ExecutionException | InterruptedException | TimeoutException ex) {
			throw new AssertionError("the future did not succeed", ex);
		}
	}

}
