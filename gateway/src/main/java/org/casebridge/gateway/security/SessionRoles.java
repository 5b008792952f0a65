package org.casebridge.gateway.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Gives a browser session the same {@code ROLE_*} authorities a bearer token with the
 * same roles would get, read from the ID token's (or user-info's) role claim. Everything
 * else the login produces (scopes, the OIDC marker) is dropped, so the screen can never
 * do more than the roles allow.
 */
class SessionRoles implements GrantedAuthoritiesMapper {

	private final String claim;

	SessionRoles(String claim) {
		this.claim = claim;
	}

	@Override
	public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
		Set<GrantedAuthority> roles = new LinkedHashSet<>();
		for (GrantedAuthority authority : authorities) {
			if (authority instanceof OidcUserAuthority oidc) {
				roles.addAll(RoleClaimConverter.authorities(oidc.getIdToken().getClaims().get(this.claim)));
				if (oidc.getUserInfo() != null) {
					roles.addAll(RoleClaimConverter.authorities(oidc.getUserInfo().getClaims().get(this.claim)));
				}
			}
		}
		return roles;
	}

}
