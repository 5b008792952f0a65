package org.casebridge.gateway.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.casebridge.gateway.security.ConditionalOnBrowserLogin;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Stay signed in": any request on the session restarts its idle clock, this one does
 * nothing else. It answers how long the session now has, so the screen's own clock
 * follows the server's.
 */
@RestController
@ConditionalOnBrowserLogin
class SessionController {

	@PostMapping("/session/keep-alive")
	ResponseEntity<KeepAlive> keepAlive(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return ResponseEntity.status(401).build();
		}
		return ResponseEntity.ok(new KeepAlive(session.getMaxInactiveInterval()));
	}

	/** The session's idle timeout, counted from now. */
	record KeepAlive(int idleSeconds) {
	}

}
