package org.casebridge.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every failed login and every rejected bearer token as AUTHENTICATION_FAILED.
 * The subject is whatever the caller claimed (the user name typed, or the {@code sub}
 * claim of the rejected token read without trusting it); the token or password itself is
 * never recorded. Spring Boot's {@code DefaultAuthenticationEventPublisher} publishes the
 * events for form login and for the resource server alike.
 */
@Component
class AuthenticationFailureAuditor {

	private static final Log logger = LogFactory.getLog(AuthenticationFailureAuditor.class);

	private static final int MAX_CLAIMED = 128;

	private final AuditTrail trail;

	AuthenticationFailureAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void authenticationFailed(AbstractAuthenticationFailureEvent failure) {
		Authentication attempt = failure.getAuthentication();
		String subject = "unknown";
		String clientId = null;
		if (attempt instanceof BearerTokenAuthenticationToken bearer) {
			Map<?, ?> claims = unverifiedClaims(bearer.getToken());
			subject = claim(claims, "sub", "unknown");
			clientId = claim(claims, "client_id", claim(claims, "azp", null));
		}
		else if (attempt instanceof UsernamePasswordAuthenticationToken) {
			subject = sanitize(attempt.getName());
		}
		AuditEvent event = AuditEvent.builder(AuditEventType.AUTHENTICATION_FAILED, AuditOutcome.DENIED)
			.subject(subject)
			.clientId(clientId)
			.clientAddress(clientAddress(attempt))
			.detail(code(failure.getException()))
			.build();
		try {
			this.trail.record(event);
		}
		catch (AuditUnavailableException ex) {
			// the caller is refused anyway; only the record is lost, and that is logged
			logger.warn("Failed authentication could not be recorded in the audit trail: " + ex.getMessage());
		}
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

	private static String claim(Map<?, ?> claims, String name, String fallback) {
		Object value = claims.get(name);
		return (value instanceof String text && !text.isBlank()) ? sanitize(text) : fallback;
	}

	private static String sanitize(String claimed) {
		if (claimed == null || claimed.isBlank()) {
			return "unknown";
		}
		String printable = claimed.replaceAll("\\p{Cntrl}", "?");
		return (printable.length() > MAX_CLAIMED) ? printable.substring(0, MAX_CLAIMED) : printable;
	}

	private static String clientAddress(Authentication attempt) {
		if (attempt != null && attempt.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	/** BadCredentialsException becomes BAD_CREDENTIALS: a code, never the message. */
	static String code(Exception exception) {
		String name = exception.getClass().getSimpleName().replaceFirst("Exception$", "");
		return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}

}
