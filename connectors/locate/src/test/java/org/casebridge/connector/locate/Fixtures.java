package org.casebridge.connector.locate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

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

}
