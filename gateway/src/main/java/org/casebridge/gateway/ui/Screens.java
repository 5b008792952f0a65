package org.casebridge.gateway.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.casebridge.gateway.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which screens a signed-in user's roles open, in the order the navigation shows them.
 * The pages' security chain enforces the same rules; this only decides what to offer.
 */
record Screens(Set<Role> roles) {

	private static final Set<Role> CASEWORK = EnumSet.of(Role.SUPPORT_WORKER, Role.WELFARE_WORKER, Role.SUPERVISOR);

	/**
	 * The joint-case alerts inbox: its navigation entry carries the count of new alerts.
	 */
	static final String ALERTS = "/alerts";

	static Screens of(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return new Screens(roles);
	}

	List<Link> links() {
		List<Link> links = new ArrayList<>();
		if (this.roles.stream().anyMatch(CASEWORK::contains)) {
			links.add(new Link("/search", "Search"));
			links.add(new Link(ALERTS, "Alerts"));
		}
		if (this.roles.contains(Role.SECURITY_OFFICER)) {
			links.add(new Link("/console/policy", "Access policy"));
		}
		if (this.roles.contains(Role.SECURITY_OFFICER) || this.roles.contains(Role.AUDITOR)) {
			links.add(new Link("/console/audit", "Audit"));
		}
		return links;
	}

	/** The first screen of the user's roles, if they have one. */
	Optional<String> home() {
		return links().stream().findFirst().map(Link::path);
	}

	/** A navigation entry. */
	record Link(String path, String label) {
	}

}
