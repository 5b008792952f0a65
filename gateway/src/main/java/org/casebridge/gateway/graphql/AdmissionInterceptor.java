package org.casebridge.gateway.graphql;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;

/**
 * Runs each operation under a permit from {@link Admission}, first of all interceptors. A
 * refused operation gets one {@code OVERLOADED} error, no data and a {@code Retry-After}
 * header.
 */
final class AdmissionInterceptor implements WebGraphQlInterceptor, Ordered {

	private final Admission admission;

	AdmissionInterceptor(Admission admission) {
		this.admission = admission;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return this.admission.admit()
			.flatMap((permit) -> Mono.defer(() -> chain.next(request)).doFinally((signal) -> permit.release()))
			.onErrorResume(OverloadedException.class, (ex) -> Mono.just(refused(request, ex)));
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
		// second only to the interceptor that puts the trace id in every error
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
