package org.casebridge.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads roles from the configured claim (a JSON array of strings, or one string). Unknown
 * role names are ignored, so a token can never invent a role.
 */
class RoleClaimConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

	private final String claim;

	RoleClaimConverter(String claim) {
		this.claim = claim;
	}

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		return authorities(jwt.getClaims().get(this.claim));
	}

	/**
	 * The authorities of the recognised roles in a claim's value, whichever token carried
	 * it (an access token from an integrator, an ID token from the browser login).
	 */
	static List<GrantedAuthority> authorities(Object claimValue) {
		List<String> names = new ArrayList<>();
		if (claimValue instanceof Collection<?> collection) {
			collection.forEach((item) -> names.add(String.valueOf(item)));
		}
		else if (claimValue instanceof String single) {
			names.add(single);
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (String name : names) {
			Role.fromClaimValue(name)
				.ifPresent((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		}
		return authorities;
	}

}
