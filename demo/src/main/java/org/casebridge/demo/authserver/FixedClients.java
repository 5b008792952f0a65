package org.casebridge.demo.authserver;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The demo's registered clients, in memory. Spring's own in-memory repository refuses
 * clients that share a secret, a sound rule for real deployments that the demo breaks on
 * purpose: every demo client's secret is the published
 * {@value DemoAccounts#CLIENT_SECRET}. Saves only ever replace a known client (the
 * provider re-hashes a secret after its first use).
 */
final class FixedClients implements RegisteredClientRepository {

	private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();

	FixedClients(List<RegisteredClient> clients) {
		clients.forEach((client) -> this.byId.put(client.getId(), client));
	}

	@Override
	public void save(RegisteredClient registeredClient) {
		if (this.byId.replace(registeredClient.getId(), registeredClient) == null) {
			throw new UnsupportedOperationException("The demo's set of clients is fixed");
		}
	}

	@Override
	public @Nullable RegisteredClient findById(String id) {
		return this.byId.get(id);
	}

	@Override
	public @Nullable RegisteredClient findByClientId(String clientId) {
		return this.byId.values()
			.stream()
			.filter((client) -> client.getClientId().equals(clientId))
			.findFirst()
			.orElse(null);
	}

}
