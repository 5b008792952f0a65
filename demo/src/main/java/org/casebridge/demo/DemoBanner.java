package org.casebridge.demo;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.casebridge.demo.authserver.DemoAccounts;
import org.casebridge.demo.authserver.DemoRole;
import org.casebridge.simulator.Agency;

/**
 * What the demo prints once everything answers: where each part is, who can log in, and
 * two commands that take a newcomer from nothing to a first search.
 */
final class DemoBanner {

	/**
	 * A first search for the integrator client the banner hands a token to (other roles
	 * state their own purposes: see docs/security-model.md and docs/demo.md).
	 */
	static final String FIRST_QUERY = "{ searchPeople(criteria: {lastName: \\\"Rivera\\\"}, purpose: LOCATE_PARENT)"
			+ " { candidates { displayName confidence } sources { source state latencyMs } } }";

	private DemoBanner() {
	}

	static String of(Demo demo) {
		URI token = demo.issuer().resolve("/oauth2/token");
		StringBuilder text = new StringBuilder();
		text.append("\nCaseBridge demo is ready. Ctrl-C stops everything.\n\n");
		line(text, "GraphQL API", "POST " + demo.graphql());
		demo.graphiql().ifPresent((graphiql) -> line(text, "GraphiQL", graphiql + "  (add the Authorization header)"));
		line(text, "Readiness", demo.gateway().resolve("/actuator/health/readiness"));
		line(text, "Identity provider", demo.issuer() + "  (/.well-known/openid-configuration)");
		line(text, "Child support", demo.agencies().baseUri(Agency.SUPPORT));
		line(text, "Child welfare", demo.agencies().baseUri(Agency.WELFARE));
		line(text, "Vital records", demo.agencies().baseUri(Agency.VITALS).resolve("/registry/soap"));
		line(text, "Locate", demo.agencies().baseUri(Agency.LOCATE));
		line(text, "Simulator control", demo.agencies().controlUri());
		line(text, "Data", demo.dataDir() + "  (./casebridge demo --reset starts afresh)");
		text.append("\nClients (client credentials, secret ").append(DemoAccounts.CLIENT_SECRET).append("):\n");
		for (DemoRole role : DemoRole.values()) {
			line(text, role.clientId(), "roles: [\"" + role.claimValue() + "\"]");
		}
		text.append("Users (browser login, password ").append(DemoAccounts.USER_PASSWORD).append("): ");
		text.append(Arrays.stream(DemoRole.values())
			.filter(DemoRole::hasLoginUser)
			.map(DemoRole::claimValue)
			.collect(Collectors.joining(", ")));
		text.append("\n\nGet a token (valid 15 minutes):\n");
		text.append("  curl -s -u ")
			.append(DemoRole.INTEGRATOR.clientId())
			.append(':')
			.append(DemoAccounts.CLIENT_SECRET)
			.append(" -d grant_type=client_credentials ")
			.append(token)
			.append('\n');
		text.append("\nOr keep it in a variable and run a first search across the four agencies:\n");
		text.append("  TOKEN=$(curl -s -u ")
			.append(DemoRole.INTEGRATOR.clientId())
			.append(':')
			.append(DemoAccounts.CLIENT_SECRET)
			.append(" -d grant_type=client_credentials ")
			.append(token)
			.append(" | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n");
		text.append("  curl -s ")
			.append(demo.graphql())
			.append(" -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\\n");
		text.append("    -d '{\"query\":\"").append(FIRST_QUERY).append("\"}'\n");
		return text.toString();
	}

	private static void line(StringBuilder text, String label, Object value) {
		text.append(String.format("  %-20s %s%n", label, value));
	}

}
