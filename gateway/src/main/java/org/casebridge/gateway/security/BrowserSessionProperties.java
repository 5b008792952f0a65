package org.casebridge.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The browser session of the search screen, under {@code casebridge.ui.session}.
 *
 * @param idleTimeout how long a signed-in screen may sit unused before the session ends
 * @param warning how long before that the screen warns and offers to stay signed in
 */
@ConfigurationProperties("casebridge.ui.session")
public record BrowserSessionProperties(@DefaultValue("15m") Duration idleTimeout,
		@DefaultValue("2m") Duration warning) {

	public BrowserSessionProperties {
		if (idleTimeout.compareTo(Duration.ofSeconds(30)) < 0) {
			throw new IllegalArgumentException("casebridge.ui.session.idle-timeout must be at least 30s");
		}
		if (warning.isNegative() || warning.compareTo(idleTimeout) >= 0) {
			throw new IllegalArgumentException(
					"casebridge.ui.session.warning must be shorter than casebridge.ui.session.idle-timeout");
		}
	}

}
