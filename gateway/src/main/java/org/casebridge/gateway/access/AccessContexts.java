package org.casebridge.gateway.access;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Builds an access context from the authenticated caller. */
public final class AccessContexts {

	private AccessContexts() {
	}

	public static AccessContext of(Authentication authentication, PurposeOfUse purpose) {
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring(5).toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
			.sorted()
			.toList();
		String clientId = authentication.getName();
		if (authentication instanceof JwtAuthenticationToken jwt) {
			Object client = jwt.getToken().getClaims().get("client_id");
			if (client == null) {
				client = jwt.getToken().getClaims().get("azp");
			}
			if (client != null) {
				clientId = client.toString();
			}
		}
		return new AccessContext(authentication.getName(), clientId, roles, purpose);
	}

}
