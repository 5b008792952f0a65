package org.casebridge.gateway.observability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import reactor.core.publisher.Mono;

import org.casebridge.gateway.graphql.InterceptorOrder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the request's trace id in the {@code extensions} of every GraphQL error, as
 * {@code traceId}, so an integrator who reports an error hands operators the key to its
 * logs and spans. Outermost of the interceptors, so refusals at admission carry it too.
 */
@Component
class TraceIdInErrors implements WebGraphQlInterceptor, Ordered {

	static final String EXTENSION = "traceId";

	private final ObjectProvider<Tracer> tracer;

	TraceIdInErrors(ObjectProvider<Tracer> tracer) {
		this.tracer = tracer;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String traceId = currentTraceId();
		if (traceId == null) {
			return chain.next(request);
		}
		return chain.next(request).map((response) -> withTraceId(response, traceId));
	}

	private String currentTraceId() {
		Tracer tracer = this.tracer.getIfAvailable();
		Span span = (tracer != null) ? tracer.currentSpan() : null;
		return (span != null) ? span.context().traceId() : null;
	}

	private static WebGraphQlResponse withTraceId(WebGraphQlResponse response, String traceId) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.isEmpty()) {
			return response;
		}
		List<GraphQLError> traced = errors.stream().map((error) -> withTraceId(error, traceId)).toList();
		return response.transform((builder) -> builder.errors(traced));
	}

	private static GraphQLError withTraceId(GraphQLError error, String traceId) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.put(EXTENSION, traceId);
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.errorType(error.getErrorType())
			.locations(error.getLocations())
			.extensions(extensions);
		if (error.getPath() != null) {
			builder.path(error.getPath());
		}
		return builder.build();
	}

	@Override
	public int getOrder() {
		return InterceptorOrder.TRACE_ID;
	}

}
