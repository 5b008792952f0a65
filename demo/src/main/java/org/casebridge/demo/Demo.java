package org.casebridge.demo;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casebridge.demo.authserver.DemoAuthorizationServer;
import org.casebridge.gateway.GatewayApplication;
import org.casebridge.simulator.GatewayWiring;
import org.casebridge.simulator.Simulator;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The running demo: agencies, identity provider and gateway in one JVM. Each part starts
 * only once the one it depends on answers over HTTP; closing stops them in reverse order.
 */
public final class Demo implements AutoCloseable {

	/** The gateway profile the demo runs under (application-demo.yml). */
	public static final String PROFILE = "demo";

	/**
	 * For parts sharing the JVM: the demo's own shutdown hook stops them in order (and
	 * logging only after them); logging is JVM-wide, so no application name rather than a
	 * wrong one.
	 */
	private static final List<String> SHARED_JVM_ARGUMENTS = List.of("--spring.main.register-shutdown-hook=false",
			"--logging.register-shutdown-hook=false", "--logging.include-application-name=false");

	private final Path dataDir;

	private final Simulator agencies;

	private final ConfigurableApplicationContext identityProvider;

	private final ConfigurableApplicationContext gateway;

	private final URI issuer;

	private final URI gatewayUri;

	private Demo(Path dataDir, Simulator agencies, ConfigurableApplicationContext identityProvider,
			ConfigurableApplicationContext gateway, URI issuer) {
		this.dataDir = dataDir;
		this.agencies = agencies;
		this.identityProvider = identityProvider;
		this.gateway = gateway;
		this.issuer = issuer;
		this.gatewayUri = localhost(gateway);
	}

	/**
	 * Starts the agencies, then the identity provider, then the gateway, and returns once
	 * the gateway reports itself ready. Whatever started is stopped again if a later part
	 * fails.
	 * @param settings ports, data directory and extra gateway arguments
	 * @return the running demo
	 */
	public static Demo start(DemoSettings settings) {
		Simulator agencies = Simulator.start(settings.agencies());
		ConfigurableApplicationContext identityProvider = null;
		ConfigurableApplicationContext gateway = null;
		try {
			identityProvider = DemoAuthorizationServer.start(identityProviderArguments(settings));
			URI issuer = localhost(identityProvider);
			HttpProbe.awaitOk(issuer.resolve("/.well-known/openid-configuration"));
			gateway = new SpringApplicationBuilder(GatewayApplication.class).main(GatewayApplication.class)
				.profiles(PROFILE)
				.registerShutdownHook(false)
				.run(gatewayArguments(settings, agencies, issuer));
			HttpProbe.awaitOk(localhost(gateway).resolve("/actuator/health/readiness"));
			return new Demo(settings.dataDir(), agencies, identityProvider, gateway, issuer);
		}
		catch (RuntimeException ex) {
			closeQuietly(gateway);
			closeQuietly(identityProvider);
			agencies.close();
			throw ex;
		}
	}

	private static String[] identityProviderArguments(DemoSettings settings) {
		List<String> arguments = new ArrayList<>();
		arguments.add("--server.port=" + settings.identityProviderPort());
		arguments.addAll(SHARED_JVM_ARGUMENTS);
		arguments.add("--casebridge.demo.authserver.key-dir=" + settings.dataDir().resolve("authserver"));
		if (settings.identityProviderPort() != 0) {
			arguments.add("--casebridge.demo.authserver.issuer=http://127.0.0.1:" + settings.identityProviderPort());
		}
		if (settings.gatewayPort() != 0) {
			arguments.add("--casebridge.demo.authserver.gateway-uri=http://127.0.0.1:" + settings.gatewayPort());
		}
		return arguments.toArray(String[]::new);
	}

	private static String[] gatewayArguments(DemoSettings settings, Simulator agencies, URI issuer) {
		List<String> arguments = new ArrayList<>();
		arguments.add("--server.port=" + settings.gatewayPort());
		arguments.addAll(SHARED_JVM_ARGUMENTS);
		arguments.add("--casebridge.data-dir=" + settings.dataDir());
		arguments.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer);
		arguments.addAll(GatewayWiring.arguments(GatewayWiring.properties(agencies)));
		arguments.addAll(settings.gatewayArguments());
		return arguments.toArray(String[]::new);
	}

	private static URI localhost(ConfigurableApplicationContext context) {
		return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
	}

	public URI gateway() {
		return this.gatewayUri;
	}

	public URI graphql() {
		return this.gatewayUri
			.resolve(this.gateway.getEnvironment().getProperty("spring.graphql.http.path", "/graphql"));
	}

	/**
	 * The in-browser GraphQL console, when the gateway serves one.
	 * @return its address, or empty when GraphiQL is disabled
	 */
	public Optional<URI> graphiql() {
		Environment environment = this.gateway.getEnvironment();
		if (!environment.getProperty("spring.graphql.graphiql.enabled", Boolean.class, false)) {
			return Optional.empty();
		}
		return Optional
			.of(this.gatewayUri.resolve(environment.getProperty("spring.graphql.graphiql.path", "/graphiql")));
	}

	public URI issuer() {
		return this.issuer;
	}

	public Simulator agencies() {
		return this.agencies;
	}

	public Path dataDir() {
		return this.dataDir;
	}

	ConfigurableApplicationContext gatewayContext() {
		return this.gateway;
	}

	@Override
	public void close() {
		closeQuietly(this.gateway);
		closeQuietly(this.identityProvider);
		this.agencies.close();
	}

	private static void closeQuietly(@Nullable ConfigurableApplicationContext context) {
		if (context != null && context.isActive()) {
			context.close();
		}
	}

}
