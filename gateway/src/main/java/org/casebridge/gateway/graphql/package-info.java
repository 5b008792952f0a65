/**
 * GraphQL plumbing shared by every feature: the custom scalars, and the one place where
 * failures become GraphQL errors with a stable {@code extensions.code} from
 * {@link org.casebridge.gateway.graphql.ErrorCode}. No stack trace, class name or backend
 * address ever reaches a client.
 */
package org.casebridge.gateway.graphql;
