package org.casebridge.gateway.graphql;

import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
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
			return ErrorCode.FORBIDDEN.errorAt(env, "Not permitted.", Map.of());
		}
		if (ex instanceof CodedException coded) {
			return coded.code().errorAt(env, coded.getMessage(), coded.extensions());
		}
		String id = UUID.randomUUID().toString();
		logger.error("unexpected failure {} in {}", id, env.getExecutionStepInfo().getPath(), ex);
		return ErrorCode.INTERNAL.errorAt(env, "Internal error " + id + ".", Map.of());
	}

}
