package org.casebridge.gateway.audit;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.casebridge.gateway.security.CsrfRefusal;

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
			Map<?, ?> claims = RefusalSummaries.unverifiedTokenClaims(bearer.getToken());
			claimedSubject = RefusalSummaries.claim(claims, "sub");
			claimedClient = (RefusalSummaries.claim(claims, "client_id") != null)
					? RefusalSummaries.claim(claims, "client_id") : RefusalSummaries.claim(claims, "azp");
		}
		else if (attempt instanceof UsernamePasswordAuthenticationToken) {
			claimedSubject = attempt.getName();
		}
		this.summaries.refused(code(failure.getException()), clientAddress(attempt), claimedSubject, claimedClient);
	}

	/**
	 * A request the URL rules refused: the API's, the screens' and the closed-by-default
	 * chain's. Method security's refusals are answered, and recorded, by GraphQL.
	 */
	@EventListener
	void authorizationDenied(AuthorizationDeniedEvent<?> denied) {
		if (!(denied.getObject() instanceof HttpServletRequest request)
				|| request.getDispatcherType() == DispatcherType.ERROR) {
			// an error page rendered for a refusal is not a second refusal
			return;
		}
		Authentication caller = denied.getAuthentication().get();
		if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
			this.summaries.refused(request.getRequestURI().startsWith("/graphql") ? "MISSING_TOKEN" : "NOT_SIGNED_IN",
					request.getRemoteAddr(), null, null);
			return;
		}
		AuditCaller who = AuditCaller.of(caller);
		refusedAtTheDoor(who, request, who.roles().isEmpty() ? "NO_KNOWN_ROLE" : "REFUSED_AT_THE_DOOR");
	}

	@EventListener
	void csrfRefused(CsrfRefusal refusal) {
		csrfRefused(refusal.request(), refusal.caller());
	}

	/**
	 * A request that rides on a browser session without the session's CSRF token (or with
	 * a stale one): an authenticated caller gets one record under their subject, a
	 * request with no signed-in session is summarised with the others from its address.
	 * @param request the refused request
	 * @param caller who the session belongs to, or null
	 */
	void csrfRefused(HttpServletRequest request, Authentication caller) {
		if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
			this.summaries.refused("CSRF_TOKEN_INVALID", request.getRemoteAddr(), null, null);
			return;
		}
		refusedAtTheDoor(AuditCaller.of(caller), request, "CSRF_TOKEN_INVALID");
	}

	private void refusedAtTheDoor(AuditCaller who, HttpServletRequest request, String detail) {
		String path = request.getRequestURI();
		String operation = request.getMethod() + " " + ((path.length() > 120) ? path.substring(0, 120) : path);
		AuditEvent event = new AuditEvent(AuditEventType.ACCESS_DENIED, null, who, request.getRemoteAddr(), operation,
				null, null, AuditOutcome.DENIED, detail);
		this.trail.commit(event);
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
