package org.casebridge.connector.welfare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** The agency's recorded payloads, and the small helpers every contract test uses. */
final class Fixtures {

	static final Instant NOW = Instant.parse("2026-11-05T18:30:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	static final String CLIENT_ID = "casebridge";

	static final String CLIENT_SECRET = "welfare-secret";

	static final String TOKEN = "eyJhbGciOiJub25lIn0.c2ltdWxhdGVkLXdlbGZhcmUtdG9rZW4tMQ.";

	static final String RENEWED_TOKEN = "eyJhbGciOiJub25lIn0.c2ltdWxhdGVkLXdlbGZhcmUtdG9rZW4tMg.";

	static final String TOKEN_PATH = "/oauth/token";

	static final String SEARCH_PATH = "/ccwis/persons/search";

	private Fixtures() {
	}

	static String json(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/welfare/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static WelfareSettings settings(WireMockServer server, Duration responseTimeout) {
		return settings("http://127.0.0.1:" + server.port(), responseTimeout);
	}

	static WelfareSettings settings(String baseUri, Duration responseTimeout) {
		URI base = URI.create(baseUri);
		return new WelfareSettings(base, base.resolve(TOKEN_PATH), CLIENT_ID, CLIENT_SECRET, Duration.ofSeconds(2),
				responseTimeout);
	}

	static WelfareConnector connector(WireMockServer server, Clock clock, Duration responseTimeout) {
		return new WelfareConnector(settings(server, responseTimeout), clock);
	}

	static WelfareConnector connector(WireMockServer server) {
		return connector(server, CLOCK, Duration.ofSeconds(2));
	}

	/** The agency's token endpoint, answering only the connector's own credentials. */
	static MappingBuilder tokenRequest() {
		return post(urlPathEqualTo(TOKEN_PATH)).withBasicAuth(CLIENT_ID, CLIENT_SECRET)
			.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
			.withRequestBody(equalTo("grant_type=client_credentials"));
	}

	static void stubToken(WireMockServer server) {
		server.stubFor(tokenRequest().willReturn(okJson(json("token.json"))));
	}

	static MappingBuilder searchWithToken(String token) {
		return get(urlPathEqualTo(SEARCH_PATH)).withHeader("Authorization", equalTo("Bearer " + token));
	}

	static MappingBuilder detailsWithToken(String personId, String token) {
		return get(urlPathEqualTo("/ccwis/persons/" + personId)).withHeader("Authorization",
				equalTo("Bearer " + token));
	}

	static RequestPatternBuilder searchRequestedWith(String token) {
		return getRequestedFor(urlPathEqualTo(SEARCH_PATH)).withHeader("Authorization", equalTo("Bearer " + token));
	}

	static ResponseDefinitionBuilder jsonFixture(String name) {
		return okJson(json(name));
	}

	/** A clock the test moves forward by hand. */
	static final class MovableClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(NOW);

		void advance(Duration duration) {
			this.now.updateAndGet((instant) -> instant.plus(duration));
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

	}

}
