package org.casebridge.demo.replicas;

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
 * A caseworker's live alerts as the integrators' clients receive them: a graphql-ws
 * ({@code graphql-transport-ws}) connection to one replica, subscribed to
 * {@code alertRaised}, keeping every alert id it is sent, in order, duplicates included.
 */
final class AlertSubscriber implements WebSocket.Listener, AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String user;

	private final GatewayProcess replica;

	private final List<String> received = new ArrayList<>();

	private final List<String> others = new ArrayList<>();

	private final StringBuilder partial = new StringBuilder();

	private final CompletableFuture<Void> subscribed = new CompletableFuture<>();

	private final WebSocket socket;

	private AlertSubscriber(String user, GatewayProcess replica, String token) {
		this.user = user;
		this.replica = replica;
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.header("Authorization", "Bearer " + token)
			.subprotocols("graphql-transport-ws")
			.connectTimeout(Duration.ofSeconds(10))
			.buildAsync(URI.create("ws://127.0.0.1:" + replica.port() + "/graphql-ws"), this)
			.orTimeout(30, TimeUnit.SECONDS)
			.join();
		this.socket.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true).join();
		this.subscribed.orTimeout(30, TimeUnit.SECONDS).join();
	}

	/**
	 * Connects to the replica as {@code user} and subscribes; the replica counts the
	 * subscription (its {@code casebridge.alerts.subscribers} gauge) a moment later.
	 */
	static AlertSubscriber connect(String user, GatewayProcess replica, String token) {
		return new AlertSubscriber(user, replica, token);
	}

	String user() {
		return this.user;
	}

	GatewayProcess replica() {
		return this.replica;
	}

	/** Every alert id received, in order, as often as it was received. */
	synchronized List<String> received() {
		return List.copyOf(this.received);
	}

	/** The messages other than alerts and the acknowledgement, as sent. */
	synchronized List<String> others() {
		return List.copyOf(this.others);
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
	public void onError(WebSocket webSocket, Throwable error) {
		synchronized (this) {
			this.others.add("error: " + error.getClass().getSimpleName());
		}
	}

	@Override
	public void close() {
		this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done")
			.orTimeout(5, TimeUnit.SECONDS)
			.exceptionally((ex) -> null);
	}

}
