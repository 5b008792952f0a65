package org.casebridge.gateway.limits;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;

/**
 * Told of every request the API's own protection refuses, so that each refusal is
 * accounted for (the audit trail's summaries implement it). Called on the request's
 * thread: an implementation must only count, never write or wait.
 */
public interface RefusalListener {

	/**
	 * A request to {@code /graphql} refused for its shape or size, before its caller was
	 * authenticated.
	 * @param kind a short code, e.g. {@code REQUEST_PAYLOAD_TOO_LARGE}
	 * @param request the refused request (its bearer token not checked)
	 */
	void refusedBeforeSignIn(String kind, HttpServletRequest request);

	/**
	 * An operation of an authenticated caller refused because of load: over a rate limit
	 * or no capacity at admission.
	 * @param kind a short code, e.g. {@code RATE_LIMITED_USER}, {@code OVERLOADED}
	 * @param caller the authenticated caller
	 * @param clientAddress the caller's address, or null
	 */
	void refusedForLoad(String kind, Authentication caller, String clientAddress);

}
