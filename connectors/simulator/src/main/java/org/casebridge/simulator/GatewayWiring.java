package org.casebridge.simulator;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.casebridge.simulator.internal.population.Places;

/**
 * How the gateway reaches simulated agencies: the {@code casebridge.connectors.*}
 * settings for agencies listening at given addresses. The one place that knows them; the
 * demo, the gateway's integration tests and the load benchmark (through {@link #main})
 * all take them from here, so a moved endpoint or a new connector setting changes here
 * only.
 */
public final class GatewayWiring {

	private GatewayWiring() {
	}

	/**
	 * Everything the gateway needs to call {@code simulator}'s agencies: each agency's
	 * address and the welfare client's credentials.
	 * @param simulator running agencies
	 * @return property names and values, in a stable order
	 */
	public static Map<String, String> properties(Simulator simulator) {
		return properties(simulator::baseUri, simulator.settings());
	}

	/**
	 * The same for agencies that will listen on {@code settings}' ports (none of them 0),
	 * for a simulator running in another process.
	 * @param settings how the simulator is started
	 * @return property names and values, in a stable order
	 */
	public static Map<String, String> properties(SimulatorSettings settings) {
		return properties((agency) -> configuredUri(settings, agency), settings);
	}

	/**
	 * Each agency's address as the gateway's connectors want it (the welfare token
	 * endpoint, the vitals SOAP endpoint), for agencies whose base addresses
	 * {@code baseUri} gives.
	 * @param baseUri where each agency listens, e.g. {@code http://127.0.0.1:9101}
	 * @return property names and values, in a stable order
	 */
	public static Map<String, String> endpoints(Function<Agency, URI> baseUri) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("casebridge.connectors.support.base-uri", baseUri.apply(Agency.SUPPORT).toString());
		URI welfare = baseUri.apply(Agency.WELFARE);
		properties.put("casebridge.connectors.welfare.base-uri", welfare.toString());
		properties.put("casebridge.connectors.welfare.token-uri", welfare.resolve("/oauth/token").toString());
		properties.put("casebridge.connectors.vitals.base-uri",
				baseUri.apply(Agency.VITALS).resolve("/registry/soap").toString());
		properties.put("casebridge.connectors.locate.base-uri", baseUri.apply(Agency.LOCATE).toString());
		return properties;
	}

	/**
	 * The credentials the welfare agency started with {@code settings} accepts.
	 * @param settings how the simulator is started
	 * @return property names and values
	 */
	public static Map<String, String> welfareClient(SimulatorSettings settings) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("casebridge.connectors.welfare.client-id", settings.welfareClientId());
		properties.put("casebridge.connectors.welfare.client-secret", settings.welfareClientSecret());
		return properties;
	}

	/**
	 * The keys the agencies started with {@code settings} sign their change feeds with.
	 * @param settings how the simulator is started
	 * @return property names and values
	 */
	public static Map<String, String> eventKeys(SimulatorSettings settings) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("casebridge.connectors.support.event-key", settings.eventKey(Agency.SUPPORT));
		properties.put("casebridge.connectors.welfare.event-key", settings.eventKey(Agency.WELFARE));
		properties.put("casebridge.connectors.locate.event-key", settings.eventKey(Agency.LOCATE));
		return properties;
	}

	/**
	 * Every simulated agency worker as a CaseBridge user of the same name (the e-mail
	 * address's local part, e.g. {@code dwhitfield}), so that joint-case alerts reach the
	 * workers assigned to the cases.
	 * @return property names and values
	 */
	public static Map<String, String> caseworkers() {
		Map<String, String> properties = new LinkedHashMap<>();
		List<String> emails = Places.workerEmails();
		for (int i = 0; i < emails.size(); i++) {
			properties.put("casebridge.joint-cases.workers[" + i + "].agency-id", emails.get(i));
			properties.put("casebridge.joint-cases.workers[" + i + "].user", userOf(emails.get(i)));
		}
		return properties;
	}

	/** The CaseBridge user a simulated agency worker signs in as. */
	public static String userOf(String workerEmail) {
		return workerEmail.substring(0, workerEmail.indexOf('@'));
	}

	/**
	 * The properties as Spring Boot command-line arguments, {@code --name=value}.
	 * @param properties names and values
	 * @return one argument per property
	 */
	public static List<String> arguments(Map<String, String> properties) {
		return properties.entrySet().stream().map((entry) -> "--" + entry.getKey() + "=" + entry.getValue()).toList();
	}

	/**
	 * Prints, one per line, the gateway arguments for a simulator started with the same
	 * flags ({@code --host H --port-base P}, as {@link Simulator#main} takes them), for
	 * scripts that run the gateway and the simulator as separate processes.
	 * @param args the simulator's flags
	 */
	public static void main(String[] args) {
		arguments(properties(Simulator.settingsFrom(args))).forEach(System.out::println);
	}

	private static Map<String, String> properties(Function<Agency, URI> baseUri, SimulatorSettings settings) {
		Map<String, String> properties = endpoints(baseUri);
		properties.putAll(welfareClient(settings));
		properties.putAll(eventKeys(settings));
		return properties;
	}

	private static URI configuredUri(SimulatorSettings settings, Agency agency) {
		int port = settings.port(agency);
		if (port == 0) {
			throw new IllegalArgumentException(agency.pathName() + " has no fixed port: ask the running simulator");
		}
		return settings.uri(port);
	}

}
