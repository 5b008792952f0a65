package org.casebridge.demo.authserver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The demo's clients and users, held in memory. Secrets are stored unhashed on purpose:
 * they are published in docs/demo.md, and hashing them would only cost CPU on every token
 * request.
 */
@Configuration(proxyBeanMethods = false)
class DemoDirectory {

	/**
	 * Client setting holding the roles a client's own (client-credentials) tokens carry.
	 */
	static final String CLIENT_ROLES_SETTING = "casebridge.roles";

	/** Prefix of the authorities that name a demo user's roles. */
	static final String ROLE_AUTHORITY_PREFIX = "ROLE_";

	private static final String NOOP = "{noop}";

	@Bean
	RegisteredClientRepository registeredClientRepository(DemoAuthServerProperties properties) {
		TokenSettings tokens = TokenSettings.builder()
			.accessTokenTimeToLive(properties.tokenLifetime())
			.refreshTokenTimeToLive(properties.tokenLifetime().multipliedBy(4))
			.reuseRefreshTokens(false)
			.build();
		List<RegisteredClient> clients = new ArrayList<>();
		for (DemoRole role : DemoRole.values()) {
			clients.add(RegisteredClient.withId(role.clientId())
				.clientId(role.clientId())
				.clientSecret(NOOP + DemoAccounts.CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
				.clientSettings(
						ClientSettings.builder().setting(CLIENT_ROLES_SETTING, List.of(role.claimValue())).build())
				.tokenSettings(tokens)
				.build());
		}
		clients.add(RegisteredClient.withId(DemoAccounts.UI_CLIENT_ID)
			.clientId(DemoAccounts.UI_CLIENT_ID)
			.clientSecret(NOOP + DemoAccounts.CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(properties.uiRedirectUri().toString())
			.postLogoutRedirectUri(properties.gatewayUri().resolve("/").toString())
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			// the gateway's own screen: a first-party client, so no consent page
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(tokens)
			.build());
		return new FixedClients(clients);
	}

	@Bean
	UserDetailsService demoUsers() {
		List<UserDetails> users = Arrays.stream(DemoRole.values())
			.filter(DemoRole::hasLoginUser)
			.map((role) -> User.withUsername(role.claimValue())
				.password(NOOP + DemoAccounts.USER_PASSWORD)
				.authorities(ROLE_AUTHORITY_PREFIX + role.claimValue())
				.build())
			.toList();
		return new InMemoryUserDetailsManager(users);
	}

}
