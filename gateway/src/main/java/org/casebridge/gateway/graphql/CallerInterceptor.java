package org.casebridge.gateway.graphql;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps the authenticated caller in each request's context, for the limits and the access
 * checks that follow, whatever thread they run on.
 */
@Component
@Order(InterceptorOrder.CALLER)
class CallerInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller != null) {
			request.configureExecutionInput((input,
					builder) -> builder.graphQLContext((context) -> context.put(CallerContext.KEY, caller)).build());
		}
		return chain.next(request);
	}

}
