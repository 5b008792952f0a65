package org.casebridge.gateway.graphql;

import graphql.ErrorClassification;

/**
 * The error codes a client can see in {@code errors[].extensions.code}. Each names its
 * HTTP analogue. The HTTP status itself is 401 when authentication failed and 503 for
 * {@link #OVERLOADED}; otherwise 200, except that a client accepting
 * {@code application/graphql-response+json} gets 400 for a response without data.
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
	INTERNAL

}
