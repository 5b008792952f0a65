package org.casebridge.demo.authserver;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo identity provider.
 *
 * @param issuer the issuer identifier written into tokens and discovery; when absent it
 * is taken from each request's URL, which is only safe when every caller uses the same
 * host name
 * @param keyDir where the token signing key is kept across restarts; when absent a fresh
 * key is made for each run
 * @param tokenLifetime lifetime of access and ID tokens
 * @param gatewayUri the gateway whose browser login is registered as a client
 */
@ConfigurationProperties("casebridge.demo.authserver")
record DemoAuthServerProperties(@Nullable URI issuer, @Nullable Path keyDir,
		@DefaultValue("15m") Duration tokenLifetime, @DefaultValue("http://127.0.0.1:8080") URI gatewayUri) {

	URI uiRedirectUri() {
		return this.gatewayUri.resolve("/login/oauth2/code/casebridge");
	}

}
