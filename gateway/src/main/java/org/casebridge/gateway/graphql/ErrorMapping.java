package org.casebridge.gateway.graphql;

import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns every exception thrown while fetching data into a GraphQL error with a stable
 * code. Unknown failures are logged with an id the client also receives, and nothing
 * else.
 */
@Component
class ErrorMapping extends DataFetcherExceptionResolverAdapter {

	private static final Logger logger = LoggerFactory.getLogger(ErrorMapping.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof AccessDeniedException) {
			return error(env, ErrorCode.FORBIDDEN, "Not permitted.").build();
		}
		if (ex instanceof CodedException coded) {
			java.util.Map<String, Object> extensions = new java.util.LinkedHashMap<>(coded.extensions());
			extensions.put("code", coded.code().name());
			return error(env, coded.code(), coded.getMessage()).extensions(extensions).build();
		}
		String id = UUID.randomUUID().toString();
		logger.error("unexpected failure {} in {}", id, env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorCode.INTERNAL, "Internal error " + id + ".").build();
	}

	private static GraphqlErrorBuilder<?> error(DataFetchingEnvironment env, ErrorCode code, String message) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(code)
			.message(message)
			.extensions(Map.of("code", code.name()));
	}

}
