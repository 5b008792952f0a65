/**
 * GraphQL plumbing shared by every feature: the custom scalars; the caller kept in each
 * request's context; the order in which interceptors wrap an operation
 * ({@link org.casebridge.gateway.graphql.InterceptorOrder}); and the one place where
 * failures become errors with a stable {@code extensions.code} from
 * {@link org.casebridge.gateway.graphql.ErrorCode}, in GraphQL answers and in the plain
 * HTTP refusals before them alike. No stack trace, class name or backend address ever
 * reaches a client.
 */
package org.casebridge.gateway.graphql;
