package org.casebridge.gateway.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;

/**
 * A request riding on a browser session was refused for a missing or stale CSRF token;
 * published as an application event (Spring Security publishes none for it), for the
 * audit trail to record.
 *
 * @param request the refused request
 * @param caller who the session belongs to, or null when nobody is signed in
 */
public record CsrfRefusal(HttpServletRequest request, Authentication caller) {
}
