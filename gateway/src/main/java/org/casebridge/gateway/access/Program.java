package org.casebridge.gateway.access;

import java.util.Optional;

import org.casebridge.gateway.security.Role;

/**
 * The program a role works for. Fixed per role, never part of the editable policy,
 * because the rules no grant overrides depend on it: federal tax information goes to
 * child-support roles only, and locating for child welfare is limited to parents.
 */
public enum Program {

	/** Title IV-D staff. */
	CHILD_SUPPORT,

	/** Title IV-E / IV-B staff. */
	CHILD_WELFARE,

	/** Supervisors reviewing cases of either program. */
	CROSS_PROGRAM,

	/** Security officers and auditors. */
	OVERSIGHT,

	/** Service accounts of agency systems. */
	SYSTEM;

	/** The program of a role, by its token name (e.g. {@code support-worker}). */
	public static Optional<Program> ofRole(String roleId) {
		return Role.fromClaimValue(roleId).map(Program::of);
	}

	static Program of(Role role) {
		return switch (role) {
			case SUPPORT_WORKER -> CHILD_SUPPORT;
			case WELFARE_WORKER -> CHILD_WELFARE;
			case SUPERVISOR -> CROSS_PROGRAM;
			case SECURITY_OFFICER, AUDITOR -> OVERSIGHT;
			case INTEGRATOR -> SYSTEM;
		};
	}

}
