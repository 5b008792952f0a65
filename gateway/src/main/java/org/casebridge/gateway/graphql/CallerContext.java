package org.casebridge.gateway.graphql;

import graphql.GraphQLContext;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated caller of a GraphQL request, kept in its {@link GraphQLContext} when
 * the request enters (see {@link CallerInterceptor}) so that every later step reads the
 * same caller whatever thread it runs on.
 */
public final class CallerContext {

	public static final String KEY = CallerContext.class.getName();

	private CallerContext() {
	}

	/** The caller, or null for none. */
	public static Authentication authentication(GraphQLContext context) {
		Authentication caller = context.get(KEY);
		return (caller != null) ? caller : SecurityContextHolder.getContext().getAuthentication();
	}

	/** Whether the caller holds an authority, e.g. {@code ROLE_INTEGRATOR}. */
	public static boolean holds(Authentication caller, String authority) {
		return caller != null && caller.isAuthenticated()
				&& caller.getAuthorities().stream().anyMatch((a) -> authority.equals(a.getAuthority()));
	}

}
