package org.casebridge.gateway.audit;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who made a request, as the audit trail records it: the subject, the roles and the
 * client, which is the integrator's client id for a bearer token and {@code ui-session}
 * for the search screen.
 *
 * @param subject the user or service account
 * @param roles roles without the {@code ROLE_} prefix
 * @param clientId the client
 */
public record AuditCaller(String subject, List<String> roles, String clientId) {

	/** The client id recorded for requests from the gateway's own search screen. */
	public static final String UI_SESSION = "ui-session";

	/**
	 * Describes an authenticated (or anonymous) caller.
	 * @param authentication the current authentication, may be {@code null}
	 * @return the caller
	 */
	public static AuditCaller of(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return new AuditCaller("anonymous", List.of(), null);
		}
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.sorted()
			.toList();
		if (authentication instanceof JwtAuthenticationToken jwt) {
			String clientId = jwt.getToken().getClaimAsString("client_id");
			if (clientId == null) {
				clientId = jwt.getToken().getClaimAsString("azp");
			}
			return new AuditCaller(authentication.getName(), roles, (clientId != null) ? clientId : jwt.getName());
		}
		return new AuditCaller(authentication.getName(), roles, UI_SESSION);
	}

}
