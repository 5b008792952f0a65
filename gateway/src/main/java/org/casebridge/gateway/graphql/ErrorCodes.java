package org.casebridge.gateway.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorType;
import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import static org.springframework.graphql.execution.ErrorType.BAD_REQUEST;
import static org.springframework.graphql.execution.ErrorType.FORBIDDEN;
import static org.springframework.graphql.execution.ErrorType.NOT_FOUND;
import static org.springframework.graphql.execution.ErrorType.UNAUTHORIZED;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every error in a response a code, including those graphql-java raises itself
 * before any data is fetched (syntax, validation, argument coercion), so a client only
 * ever needs to read {@code extensions.code}.
 */
@Component
@Order(InterceptorOrder.ERROR_CODES)
class ErrorCodes implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().isEmpty()
					|| response.getErrors().stream().allMatch((e) -> e.getExtensions().containsKey("code"))) {
				return response;
			}
			return response.transform(
					(builder) -> builder.errors(response.getErrors().stream().map(ErrorCodes::withCode).toList()));
		});
	}

	private static GraphQLError withCode(ResponseError error) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
		extensions.putIfAbsent("code", codeOf(error).name());
		return GraphQLError.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getParsedPath().isEmpty() ? null : error.getParsedPath())
			.errorType(error.getErrorType())
			.extensions(extensions)
			.build();
	}

	private static ErrorCode codeOf(ResponseError error) {
		if (error.getErrorType() instanceof ErrorCode code) {
			return code;
		}
		if (error.getErrorType() == ErrorType.ValidationError || error.getErrorType() == ErrorType.InvalidSyntax
				|| error.getErrorType() == BAD_REQUEST) {
			return ErrorCode.BAD_REQUEST;
		}
		if (error.getErrorType() == UNAUTHORIZED) {
			return ErrorCode.UNAUTHENTICATED;
		}
		if (error.getErrorType() == FORBIDDEN) {
			return ErrorCode.FORBIDDEN;
		}
		if (error.getErrorType() == NOT_FOUND) {
			return ErrorCode.NOT_FOUND;
		}
		return ErrorCode.INTERNAL;
	}

}
