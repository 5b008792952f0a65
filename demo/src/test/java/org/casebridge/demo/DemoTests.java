package org.casebridge.demo;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.casebridge.demo.authserver.DemoAccounts;
import org.casebridge.demo.authserver.DemoRole;
import org.casebridge.simulator.Agency;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole demo in one JVM on ephemeral ports: agencies, identity provider and gateway,
 * with a token from the demo provider carried into a search across the four agencies.
 */
class DemoTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TempDir
	static Path dataDir;

	private static Demo demo;

	@BeforeAll
	static void start() {
		demo = Demo.start(DemoSettings.defaults(dataDir).withEphemeralPorts());
	}

	@AfterAll
	static void stop() {
		if (demo != null) {
			demo.close();
		}
	}

	@Test
	void demoIntegratorSearchesAllFourAgenciesWithADemoToken() {
		String token = tokenFor(DemoRole.INTEGRATOR);

		HttpResponse<String> response = send(HttpRequest.newBuilder(demo.graphql())
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + DemoBanner.FIRST_QUERY + "\"}"))
			.build());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.has("errors")).as(response.body()).isFalse();
		List<String> states = new ArrayList<>();
		body.get("data")
			.get("searchPeople")
			.get("sources")
			.forEach((source) -> states.add(source.get("state").asString()));
		assertThat(states).as(response.body())
			.hasSize(4)
			.allMatch((state) -> state.equals("OK") || state.equals("NOT_FOUND"));
	}

	@Test
	void gatewayRefusesARequestWithoutAToken() {
		HttpResponse<String> response = send(HttpRequest.newBuilder(demo.graphql())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
			.build());

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void gatewayIsReadyAndServesGraphiql() {
		assertThat(
				send(HttpRequest.newBuilder(demo.gateway().resolve("/actuator/health/readiness")).build()).statusCode())
			.isEqualTo(200);
		assertThat(demo.graphiql()).isPresent();
		java.net.URI page = java.net.URI.create(demo.graphiql().get() + "?path=/graphql");
		assertThat(send(HttpRequest.newBuilder(page).build()).statusCode()).isEqualTo(200);
	}

	@Test
	void authorizationServerLivesOnlyInTheDemoProvider() {
		assertThat(demo.gatewayContext().getBeanNamesForType(RegisteredClientRepository.class)).isEmpty();
		HttpResponse<String> response = send(HttpRequest.newBuilder(demo.gateway().resolve("/oauth2/token"))
			.header("Authorization", basic(DemoRole.INTEGRATOR.clientId()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build());
		assertThat(response.statusCode()).isNotEqualTo(200);
	}

	@Test
	void bannerNamesEveryPartAndHowToGetAToken() {
		String banner = DemoBanner.of(demo);

		assertThat(banner).contains(demo.graphql().toString(), demo.issuer().resolve("/oauth2/token").toString(),
				demo.agencies().controlUri().toString(), demo.dataDir().toString(),
				"curl -s -u demo-integrator:demo-secret -d grant_type=client_credentials");
		for (Agency agency : Agency.values()) {
			assertThat(banner).contains(demo.agencies().baseUri(agency).toString());
		}
		for (DemoRole role : DemoRole.values()) {
			assertThat(banner).contains(role.clientId());
		}
	}

	@Test
	void signingKeyIsKeptInTheDataDirectory() {
		assertThat(dataDir.resolve("authserver")).isDirectoryContaining((file) -> file.toString().endsWith(".json"));
	}

	private static String tokenFor(DemoRole role) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(demo.issuer().resolve("/oauth2/token"))
			.header("Authorization", basic(role.clientId()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build());
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body()).get("access_token").asString();
	}

	private static String basic(String clientId) {
		String credentials = clientId + ":" + DemoAccounts.CLIENT_SECRET;
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
