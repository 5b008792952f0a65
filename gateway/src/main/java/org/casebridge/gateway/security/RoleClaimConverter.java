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
		Object value = jwt.getClaims().get(this.claim);
		List<String> names = new ArrayList<>();
		if (value instanceof Collection<?> collection) {
			collection.forEach((item) -> names.add(String.valueOf(item)));
		}
		else if (value instanceof String single) {
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
