package org.casebridge.simulator.internal.http;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Behaviour;
import org.casebridge.simulator.Behaviour.Mode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control API: {@code GET /agencies}, {@code GET|PUT /agencies/{agency}/behaviour},
 * {@code POST /reset} and {@code POST /agencies/welfare/tokens/expire}.
 */
public final class ControlServer implements AutoCloseable {

	private final Map<Agency, AgencyServer> agencies;

	private final Runnable reset;

	private final Runnable expireTokens;

	private final ExecutorService executor;

	private final HttpServer server;

	public ControlServer(String host, int port, Map<Agency, AgencyServer> agencies, Runnable reset,
			Runnable expireTokens) {
		this.agencies = agencies;
		this.reset = reset;
		this.expireTokens = expireTokens;
		this.server = Listeners.bind(host, port, 64);
		this.executor = ElasticExecutor.create("simulator-control-" + this.server.getAddress().getPort(), 8);
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void handle(HttpExchange exchange) {
		try (exchange) {
			Request request = Request.read(exchange);
			answer(request).writeTo(exchange);
		}
		catch (IOException | RuntimeException ex) {
			// the caller went away; nothing to answer
		}
	}

	private Response answer(Request request) {
		String[] path = Arrays.stream(request.path().split("/"))
			.filter((part) -> !part.isEmpty())
			.toArray(String[]::new);
		String method = request.method();
		if (path.length == 1 && "reset".equals(path[0]) && "POST".equals(method)) {
			this.reset.run();
			return Json.response(200, listing());
		}
		if (path.length == 1 && "agencies".equals(path[0]) && "GET".equals(method)) {
			return Json.response(200, listing());
		}
		if (path.length == 4 && "agencies".equals(path[0]) && "welfare".equals(path[1]) && "tokens".equals(path[2])
				&& "expire".equals(path[3]) && "POST".equals(method)) {
			this.expireTokens.run();
			return new Response(204, Response.JSON, Map.of(), new byte[0]);
		}
		if (path.length == 3 && "agencies".equals(path[0]) && "behaviour".equals(path[2])) {
			Optional<Agency> agency = Agency.fromPathName(path[1]);
			if (agency.isEmpty()) {
				return Json.error(404, "UNKNOWN_AGENCY");
			}
			if ("GET".equals(method)) {
				return Json.response(200, describe(agency.get()));
			}
			if ("PUT".equals(method)) {
				return change(agency.get(), request);
			}
			return Json.error(405, "METHOD_NOT_ALLOWED");
		}
		return Json.error(404, "NOT_FOUND");
	}

	private Response change(Agency agency, Request request) {
		Behaviour behaviour;
		try {
			JsonNode body = Json.MAPPER.readTree(request.body());
			Mode mode = Mode.valueOf(body.path("mode").asString("").toUpperCase(Locale.ROOT));
			long latency = body.path("latencyMs").asLong(0);
			behaviour = new Behaviour(mode, Duration.ofMillis(latency));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return Json.error(400, "INVALID_BEHAVIOUR",
					"expected {\"mode\": one of " + Arrays.toString(Mode.values()) + ", \"latencyMs\": >= 0}");
		}
		this.agencies.get(agency).behave(behaviour);
		return Json.response(200, describe(agency));
	}

	private ObjectNode listing() {
		ObjectNode listing = Json.object();
		ArrayNode agencies = listing.putArray("agencies");
		this.agencies.keySet().forEach((agency) -> agencies.add(describe(agency)));
		return listing;
	}

	private ObjectNode describe(Agency agency) {
		AgencyServer server = this.agencies.get(agency);
		Behaviour behaviour = server.behaviour();
		return Json.object()
			.put("agency", agency.pathName())
			.put("port", server.port())
			.put("mode", behaviour.mode().name())
			.put("latencyMs", behaviour.latency().toMillis())
			.put("requests", server.requestCount());
	}

}
