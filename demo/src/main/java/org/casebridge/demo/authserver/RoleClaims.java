package org.casebridge.demo.authserver;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Shapes the provider's tokens into what the gateway expects from any identity provider:
 * the caller's roles in {@value DemoAccounts#ROLES_CLAIM}, access tokens addressed to the
 * gateway ({@value DemoAccounts#AUDIENCE}) and naming their client, and ID tokens no
 * longer-lived than access tokens.
 */
final class RoleClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private static final String CLIENT_ID_CLAIM = "client_id";

	private final Duration tokenLifetime;

	RoleClaims(Duration tokenLifetime) {
		this.tokenLifetime = tokenLifetime;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		JwtClaimsSet.Builder claims = context.getClaims();
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessToken && !idToken) {
			return;
		}
		claims.claim(DemoAccounts.ROLES_CLAIM, rolesOf(context));
		if (accessToken) {
			claims.audience(List.of(DemoAccounts.AUDIENCE));
			claims.claim(CLIENT_ID_CLAIM, context.getRegisteredClient().getClientId());
		}
		else {
			claims.claims((values) -> {
				if (values.get(JwtClaimNames.IAT) instanceof Instant issuedAt) {
					values.put(JwtClaimNames.EXP, issuedAt.plus(this.tokenLifetime));
				}
			});
		}
	}

	private static List<String> rolesOf(JwtEncodingContext context) {
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			List<String> roles = context.getRegisteredClient()
				.getClientSettings()
				.getSetting(DemoDirectory.CLIENT_ROLES_SETTING);
			return (roles != null) ? roles : List.of();
		}
		return context.getPrincipal()
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(DemoDirectory.ROLE_AUTHORITY_PREFIX))
			.map((authority) -> authority.substring(DemoDirectory.ROLE_AUTHORITY_PREFIX.length()))
			.toList();
	}

}
