package org.casebridge.gateway.jointcase;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A graphql-ws ({@code graphql-transport-ws}) client subscribed to {@code alertRaised},
 * keeping every alert id it is sent, in order.
 */
final class AlertSubscriber implements WebSocket.Listener, AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<String> received = new ArrayList<>();

	private final java.util.Map<String, java.time.Instant> receivedAt = new java.util.HashMap<>();

	private final List<String> others = new ArrayList<>();

	private final StringBuilder partial = new StringBuilder();

	private final CompletableFuture<Void> subscribed = new CompletableFuture<>();

	private final WebSocket socket;

	private AlertSubscriber(URI uri, String token) {
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.header("Authorization", "Bearer " + token)
			.subprotocols("graphql-transport-ws")
			.connectTimeout(Duration.ofSeconds(10))
			.buildAsync(uri, this)
			.orTimeout(20, TimeUnit.SECONDS)
			.join();
		this.socket.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true).join();
		this.subscribed.orTimeout(20, TimeUnit.SECONDS).join();
	}

	/** Connects to the gateway listening on {@code port} and subscribes. */
	static AlertSubscriber connect(int port, String token) {
		return new AlertSubscriber(URI.create("ws://127.0.0.1:" + port + "/graphql-ws"), token);
	}

	/** The messages other than alerts and the acknowledgement, as sent. */
	synchronized List<String> others() {
		return List.copyOf(this.others);
	}

	/** When each alert was first received. */
	synchronized java.util.Map<String, java.time.Instant> receivedAt() {
		return java.util.Map.copyOf(this.receivedAt);
	}

	synchronized List<String> received() {
		return List.copyOf(this.received);
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.partial.append(data);
		if (last) {
			JsonNode message = JSON.readTree(this.partial.toString());
			this.partial.setLength(0);
			switch (message.path("type").asString()) {
				case "connection_ack" -> webSocket
					.sendText("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":"
							+ "\"subscription { alertRaised { id kind actingAgency raisedAt } }\"}}", true)
					.thenRun(() -> this.subscribed.complete(null));
				case "next" -> {
					String id = message.path("payload").path("data").path("alertRaised").path("id").asString();
					synchronized (this) {
						this.received.add(id);
						this.receivedAt.putIfAbsent(id, java.time.Instant.now());
					}
				}
				default -> {
					synchronized (this) {
						this.others.add(message.toString());
					}
				}
			}
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public void close() {
		this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done")
			.orTimeout(5, TimeUnit.SECONDS)
			.exceptionally((ex) -> null);
	}

}
