package org.casebridge.gateway.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error codes a client can see in {@code errors[].extensions.code}. Each names its
 * HTTP analogue. The HTTP status itself is 401 when authentication failed and 503 for
 * {@link #OVERLOADED}; otherwise 200, except that a client accepting
 * {@code application/graphql-response+json} gets 400 for a response without data.
 * <p>
 * Every error the gateway sends is built here, whether inside a GraphQL answer
 * ({@link #error(String, Map)}, {@link #errorAt}) or as the body of a plain HTTP refusal
 * before GraphQL runs ({@link #body(String)}), so each carries its code the same way.
 */
public enum ErrorCode implements ErrorClassification {

	/**
	 * No valid token (HTTP 401). Sent as an HTTP 401, never inside a GraphQL response.
	 */
	UNAUTHENTICATED,

	/** The caller may not do this (HTTP 403). */
	FORBIDDEN,

	/**
	 * The document or its arguments are invalid (HTTP 400); {@code extensions.violations}
	 * says where.
	 */
	BAD_REQUEST,

	/** The person handle is unknown, altered or expired (HTTP 404). */
	NOT_FOUND,

	/** The operation is too deep, too complex or too large (HTTP 413/429). */
	LIMIT_EXCEEDED,

	/**
	 * A field the caller may not see (HTTP 403, per field): the field is null and
	 * {@code extensions.reason} says why — NOT_GRANTED, FTI, LOCATE_LIMIT or PROTECTED
	 * (one neutral reason for restrictions whose cause is itself sensitive).
	 */
	RESTRICTED,

	/**
	 * A section of a person view whose agency did not answer or was not asked (HTTP
	 * 502/504, per field): the field is null, never an empty list, and
	 * {@code extensions.source} and {@code extensions.state} say which agency and why
	 * (UNAVAILABLE, TIMEOUT, CIRCUIT_OPEN, ERROR, DENIED, POSSIBLE_MATCH or
	 * NOT_REQUESTED). Its data is missing, not absent.
	 */
	SOURCE_UNAVAILABLE,

	/** The change was based on a version that is no longer current (HTTP 409). */
	CONFLICT,

	/** The disclosure could not be audited, so nothing was disclosed (HTTP 503). */
	AUDIT_UNAVAILABLE,

	/**
	 * The gateway is at capacity: nothing was run or disclosed; try again after the
	 * response's {@code Retry-After} seconds (HTTP 503).
	 */
	OVERLOADED,

	/**
	 * Anything else (HTTP 500); details are only in the server log, under the error's id.
	 */
	INTERNAL;

	/** An error with this code, for an answer built outside a data fetcher. */
	public GraphQLError error(String message) {
		return error(message, Map.of());
	}

	/**
	 * An error with this code and further extensions, for an answer built outside a data
	 * fetcher.
	 */
	public GraphQLError error(String message, Map<String, ?> extensions) {
		return GraphqlErrorBuilder.newError()
			.errorType(this)
			.message(message)
			.extensions(extensions(extensions))
			.build();
	}

	/** An error with this code at the field {@code environment} is fetching. */
	public GraphQLError errorAt(DataFetchingEnvironment environment, String message, Map<String, ?> extensions) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(this)
			.message(message)
			.extensions(extensions(extensions))
			.build();
	}

	/**
	 * The body of a plain HTTP refusal sent before GraphQL runs: shaped as a GraphQL
	 * answer without data, so a client reads the same {@code errors[].extensions.code}
	 * whatever refused it.
	 */
	public byte[] body(String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("code", name()));
		return JsonMapper.shared().writeValueAsBytes(Map.of("errors", List.of(error)));
	}

	private Map<String, Object> extensions(Map<String, ?> extra) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("code", name());
		extra.forEach((key, value) -> {
			if (!"code".equals(key)) {
				all.put(key, value);
			}
		});
		return all;
	}

}
