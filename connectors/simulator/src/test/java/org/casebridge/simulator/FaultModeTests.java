package org.casebridge.simulator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.casebridge.simulator.Behaviour.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each fault mode as a real HTTP client sees it. */
class FaultModeTests {

	private static final String SEARCH = "/api/v2/members?lastName=SMITH";

	private static Simulator simulator;

	private Calls calls;

	@BeforeAll
	static void start() {
		simulator = Simulator.start(SimulatorSettings.defaults().withEphemeralPorts().withPeople(500));
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void freshClient() {
		this.calls = new Calls(simulator);
	}

	@AfterEach
	void normal() {
		simulator.reset();
	}

	@Test
	void slowAnswersNormallyAfterTheLatency() {
		simulator.behave(Agency.SUPPORT, Behaviour.slow(Duration.ofMillis(300)));
		long started = System.nanoTime();
		HttpResponse<String> response = this.calls.get(Agency.SUPPORT, SEARCH);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Calls.json(response).get("members")).isNotNull();
	}

	@Test
	void latencyAppliesToEveryAnsweringMode() {
		simulator.behave(Agency.SUPPORT, new Behaviour(Mode.ERROR_500, Duration.ofMillis(200)));
		long started = System.nanoTime();
		assertThat(this.calls.get(Agency.SUPPORT, SEARCH).statusCode()).isEqualTo(500);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
	}

	@Test
	void hangHoldsRequestsUntilTheModeChanges() throws Exception {
		simulator.behave(Agency.SUPPORT, Behaviour.of(Mode.HANG));
		CompletableFuture<HttpResponse<String>> pending = this.calls.client()
			.sendAsync(HttpRequest.newBuilder(simulator.baseUri(Agency.SUPPORT).resolve(SEARCH)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(simulator.gate().awaitArrivals(Map.of(Agency.SUPPORT, 1), Duration.ofSeconds(10))).isTrue();
		assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> pending.get(300, TimeUnit.MILLISECONDS));
		simulator.behave(Agency.SUPPORT, Behaviour.normal());
		assertThat(pending.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
	}

	@Test
	void downRefusesConnectionsUntilTheModeChanges() {
		int port = simulator.baseUri(Agency.SUPPORT).getPort();
		simulator.behave(Agency.SUPPORT, Behaviour.of(Mode.DOWN));
		assertThatThrownBy(() -> this.calls.get(Agency.SUPPORT, SEARCH)).hasCauseInstanceOf(ConnectException.class);
		simulator.behave(Agency.SUPPORT, Behaviour.normal());
		assertThat(simulator.baseUri(Agency.SUPPORT).getPort()).isEqualTo(port);
		assertThat(this.calls.get(Agency.SUPPORT, SEARCH).statusCode()).isEqualTo(200);
	}

	@Test
	void resetClosesTheConnectionWithoutAnAnswer() {
		simulator.behave(Agency.LOCATE, Behaviour.of(Mode.RESET));
		assertThatThrownBy(() -> this.calls.get(Agency.LOCATE, "/locate/v1/subjects?surname=SMITH"))
			.hasCauseInstanceOf(IOException.class)
			.satisfies((thrown) -> assertThat(thrown.getCause()).isNotInstanceOf(ConnectException.class));
		assertThat(simulator.requestCount(Agency.LOCATE)).isPositive();
	}

	@Test
	void malformedAnswers200WithABodyThatDoesNotParse() {
		simulator.behave(Agency.SUPPORT, Behaviour.of(Mode.MALFORMED));
		HttpResponse<String> json = this.calls.get(Agency.SUPPORT, SEARCH);
		assertThat(json.statusCode()).isEqualTo(200);
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> Calls.json(json));
		simulator.behave(Agency.VITALS, Behaviour.of(Mode.MALFORMED));
		HttpResponse<String> xml = this.calls.soap("SearchRegistrants",
				"<v:SearchRegistrants><v:Surname>Smith</v:Surname></v:SearchRegistrants>");
		assertThat(xml.statusCode()).isEqualTo(200);
		assertThatThrownBy(() -> Calls.xml(xml.body())).isInstanceOf(AssertionError.class);
	}

	@Test
	void error500AnswersInTheAgencysOwnFormat() {
		simulator.behave(Agency.SUPPORT, Behaviour.of(Mode.ERROR_500));
		HttpResponse<String> json = this.calls.get(Agency.SUPPORT, SEARCH);
		assertThat(json.statusCode()).isEqualTo(500);
		assertThat(Calls.json(json).get("error").asString()).isEqualTo("INTERNAL_ERROR");
		simulator.behave(Agency.VITALS, Behaviour.of(Mode.ERROR_500));
		HttpResponse<String> soap = this.calls.soap("SearchRegistrants",
				"<v:SearchRegistrants><v:Surname>Smith</v:Surname></v:SearchRegistrants>");
		assertThat(soap.statusCode()).isEqualTo(500);
		assertThat(Calls.xml(soap.body()).getElementsByTagName("faultcode").item(0).getTextContent())
			.isEqualTo("soap:Server");
	}

	@Test
	void rateLimitAnswersEveryRequest429WithRetryAfterOne() {
		simulator.behave(Agency.WELFARE, Behaviour.of(Mode.RATE_LIMIT));
		HttpResponse<String> response = this.calls.get(Agency.WELFARE, "/ccwis/persons/search?last_name=SMITH");
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).contains("1");
		assertThat(this.calls.get(Agency.WELFARE, "/ccwis/persons/1").statusCode()).isEqualTo(429);
	}

	@Test
	void requestCountsCountBusinessRequestsOnly() {
		assertThat(simulator.requestCount(Agency.SUPPORT)).isZero();
		this.calls.get(Agency.SUPPORT, SEARCH);
		this.calls.get(Agency.SUPPORT, "/api/v2/members/M0000000");
		this.calls.welfareToken();
		this.calls.send(HttpRequest.newBuilder(simulator.controlUri().resolve("/agencies")).build());
		assertThat(simulator.requestCount(Agency.SUPPORT)).isEqualTo(2);
		assertThat(simulator.requestCount(Agency.WELFARE)).isZero();
		simulator.reset();
		assertThat(simulator.requestCount(Agency.SUPPORT)).isZero();
	}

	@Test
	void controlApiSwitchesBehaviourOverHttp() {
		HttpResponse<String> changed = control("PUT", "/agencies/support/behaviour",
				"{\"mode\":\"ERROR_500\",\"latencyMs\":25}");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(Calls.json(changed).get("mode").asString()).isEqualTo("ERROR_500");
		assertThat(simulator.behaviour(Agency.SUPPORT)).isEqualTo(new Behaviour(Mode.ERROR_500, Duration.ofMillis(25)));
		assertThat(this.calls.get(Agency.SUPPORT, SEARCH).statusCode()).isEqualTo(500);
		JsonNode listing = Calls.json(control("GET", "/agencies", null)).get("agencies");
		assertThat(listing).hasSize(4);
		assertThat(listing.get(0).get("agency").asString()).isEqualTo("support");
		assertThat(listing.get(0).get("mode").asString()).isEqualTo("ERROR_500");
		assertThat(listing.get(0).get("latencyMs").asLong()).isEqualTo(25);
		assertThat(listing.get(0).get("requests").asLong()).isEqualTo(1);
		assertThat(control("PUT", "/agencies/support/behaviour", "{\"mode\":\"SIDEWAYS\"}").statusCode())
			.isEqualTo(400);
		assertThat(control("PUT", "/agencies/support/behaviour", "{\"mode\":\"SLOW\",\"latencyMs\":-1}").statusCode())
			.isEqualTo(400);
		assertThat(control("PUT", "/agencies/payroll/behaviour", "{\"mode\":\"NORMAL\"}").statusCode()).isEqualTo(404);
		assertThat(control("POST", "/reset", "").statusCode()).isEqualTo(200);
		assertThat(simulator.behaviour(Agency.SUPPORT)).isEqualTo(Behaviour.normal());
		assertThat(this.calls.get(Agency.SUPPORT, SEARCH).statusCode()).isEqualTo(200);
	}

	@Test
	void controlApiCanExpireWelfareTokens() {
		String token = this.calls.welfareToken();
		assertThat(control("POST", "/agencies/welfare/tokens/expire", "").statusCode()).isEqualTo(204);
		assertThat(this.calls
			.get(Agency.WELFARE, "/ccwis/persons/search?last_name=SMITH", "Authorization", "Bearer " + token)
			.statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> control(String method, String path, String body) {
		HttpRequest.BodyPublisher publisher = (body != null) ? HttpRequest.BodyPublishers.ofString(body)
				: HttpRequest.BodyPublishers.noBody();
		return this.calls.send(HttpRequest.newBuilder(simulator.controlUri().resolve(path))
			.method(method, publisher)
			.header("Content-Type", "application/json")
			.build());
	}

}
