package org.casebridge.gateway.limits;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import org.casebridge.gateway.graphql.ErrorCode;
import org.casebridge.gateway.graphql.InterceptorOrder;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs each operation under a permit from {@link Admission}, taken in its caller's turn,
 * first of all interceptors ({@link InterceptorOrder}). A refused operation gets one
 * {@code OVERLOADED} error, no data and a {@code Retry-After} header.
 */
final class AdmissionInterceptor implements WebGraphQlInterceptor, Ordered {

	private final Admission admission;

	AdmissionInterceptor(Admission admission) {
		this.admission = admission;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return this.admission.admit(callerOf())
			.flatMap((permit) -> Mono.defer(() -> chain.next(request)).doFinally((signal) -> permit.release()))
			.onErrorResume(OverloadedException.class, (ex) -> Mono.just(refused(request, ex)));
	}

	/**
	 * Whose turn this operation takes: the authenticated user or integrator, read where
	 * Spring Security left it for this request (the interceptor starts on the request's
	 * thread).
	 */
	static String callerOf() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return (caller != null) ? caller.getName() : "";
	}

	private static WebGraphQlResponse refused(WebGraphQlRequest request, OverloadedException ex) {
		GraphQLError error = GraphQLError.newError()
			.message(ex.getMessage())
			.errorType(ErrorCode.OVERLOADED)
			.extensions(Map.of("code", ErrorCode.OVERLOADED.name()))
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
		WebGraphQlResponse response = new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
		response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		return response;
	}

	@Override
	public int getOrder() {
		return InterceptorOrder.ADMISSION;
	}

}
