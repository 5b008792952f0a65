package org.casebridge.gateway.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL documents to a running gateway over real HTTP, as an integrator would.
 */
public final class GraphQlClient {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI endpoint;

	public GraphQlClient(URI endpoint) {
		this.endpoint = endpoint;
	}

	public Response post(String token, String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return postRaw(token, "application/json", json.writeValueAsString(body));
	}

	public Response postRaw(String token, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", contentType)
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode parsed = null;
			if (response.body() != null && response.body().startsWith("{")) {
				parsed = json.readTree(response.body());
			}
			return new Response(response.statusCode(), parsed, response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public URI endpoint() {
		return this.endpoint;
	}

	/** An HTTP response with its JSON body, if it had one. */
	public record Response(int status, JsonNode body, String text, java.net.http.HttpHeaders headers) {

		public JsonNode data() {
			return this.body.path("data");
		}

		public JsonNode errors() {
			return this.body.path("errors");
		}

		public String firstErrorCode() {
			return errors().path(0).path("extensions").path("code").asString();
		}

	}

}
