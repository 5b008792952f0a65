package org.casebridge.gateway.access;

import java.util.EnumSet;

import org.casebridge.connector.Source;

import org.springframework.stereotype.Component;

/**
 * The policy in force until security officers configure one: any caller with a recognised
 * role may ask every source; a caller without one may ask none.
 */
@Component
class RoleBasedSourceAccess implements AccessPolicy {

	@Override
	public Grants grantsFor(AccessContext context) {
		return context.roles().isEmpty() ? new Grants(EnumSet.noneOf(Source.class))
				: new Grants(EnumSet.allOf(Source.class));
	}

}
