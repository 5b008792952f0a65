package org.casebridge.gateway.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles CaseBridge knows. In tokens they appear as lower-case, hyphenated names
 * ({@code support-worker}); in Spring Security as {@code ROLE_SUPPORT_WORKER}.
 */
public enum Role {

	SUPPORT_WORKER, WELFARE_WORKER, SUPERVISOR, SECURITY_OFFICER, AUDITOR, INTEGRATOR;

	/** The name used in tokens. */
	public String claimValue() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The Spring Security authority. */
	public String authority() {
		return "ROLE_" + name();
	}

	public static Optional<Role> fromClaimValue(String value) {
		for (Role role : values()) {
			if (role.claimValue().equals(value)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
