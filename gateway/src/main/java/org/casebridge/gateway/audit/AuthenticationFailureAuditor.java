package org.casebridge.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records the refusals that happen before GraphQL runs. A caller who is not authenticated
 * — a rejected bearer token, a failed login, a request to the API without a token — is
 * counted in {@link RefusalSummaries} (one record per address, kind and minute), with
 * what it claimed to be kept as a claim, never as the subject; the token or password
 * itself is never recorded. An authenticated caller refused at the door (a token naming
 * no role CaseBridge knows, a session request without its CSRF token) is accountable and
 * gets one ACCESS_DENIED record under its verified subject, written without holding up
 * the answer. Spring Security publishes the events for form login, the resource server
 * and the API's URL rules alike.
 */
@Component
class AuthenticationFailureAuditor {

	private final AuditTrail trail;

	private final RefusalSummaries summaries;

	AuthenticationFailureAuditor(AuditTrail trail, RefusalSummaries summaries) {
		this.trail = trail;
		this.summaries = summaries;
	}

	@EventListener
	void authenticationFailed(AbstractAuthenticationFailureEvent failure) {
		Authentication attempt = failure.getAuthentication();
		String claimedSubject = null;
		String claimedClient = null;
		if (attempt instanceof BearerTokenAuthenticationToken bearer) {
			Map<?, ?> claims = unverifiedClaims(bearer.getToken());
			claimedSubject = claim(claims, "sub");
			claimedClient = (claim(claims, "client_id") != null) ? claim(claims, "client_id") : claim(claims, "azp");
		}
		else if (attempt instanceof UsernamePasswordAuthenticationToken) {
			claimedSubject = attempt.getName();
		}
		this.summaries.refused(code(failure.getException()), clientAddress(attempt), claimedSubject, claimedClient);
	}

	/**
	 * A request the API's URL rules refused. Method security's refusals are answered, and
	 * recorded, by GraphQL.
	 */
	@EventListener
	void authorizationDenied(AuthorizationDeniedEvent<?> denied) {
		if (!(denied.getObject() instanceof HttpServletRequest request)
				|| !request.getRequestURI().startsWith("/graphql")) {
			return;
		}
		Authentication caller = denied.getAuthentication().get();
		if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
			this.summaries.refused("MISSING_TOKEN", request.getRemoteAddr(), null, null);
			return;
		}
		AuditCaller who = AuditCaller.of(caller);
		AuditEvent event = new AuditEvent(AuditEventType.ACCESS_DENIED, null, who, request.getRemoteAddr(),
				request.getMethod() + " " + request.getRequestURI(), null, null, AuditOutcome.DENIED,
				who.roles().isEmpty() ? "NO_KNOWN_ROLE" : "REFUSED_AT_THE_DOOR");
		this.trail.commit(event);
	}

	private static Map<?, ?> unverifiedClaims(String token) {
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			return Map.of();
		}
		try {
			byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
			return JsonMapper.shared().readValue(new String(payload, StandardCharsets.UTF_8), Map.class);
		}
		catch (RuntimeException ex) {
			return Map.of();
		}
	}

	private static String claim(Map<?, ?> claims, String name) {
		Object value = claims.get(name);
		return (value instanceof String text && !text.isBlank()) ? text : null;
	}

	private static String clientAddress(Authentication attempt) {
		if (attempt != null && attempt.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

	/** BadCredentialsException becomes BAD_CREDENTIALS: a code, never the message. */
	static String code(Exception exception) {
		String name = exception.getClass().getSimpleName().replaceFirst("Exception$", "");
		return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}

}
