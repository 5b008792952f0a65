package org.casebridge.gateway.audit;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.casebridge.gateway.graphql.InterceptorOrder;

import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts what the audit record needs from the HTTP request into the GraphQL context: the
 * caller's address and the SHA-256 of the document exactly as sent. Any data fetcher can
 * read them with {@code environment.getGraphQlContext().get(...)}.
 */
@Component
@Order(InterceptorOrder.AUDIT_CONTEXT)
public class AuditRequestInterceptor implements WebGraphQlInterceptor {

	/** GraphQL context key of the caller's network address (a String). */
	public static final String CLIENT_ADDRESS = "casebridge.audit.clientAddress";

	/** GraphQL context key of the document's hex SHA-256 (a String). */
	public static final String DOCUMENT_HASH = "casebridge.audit.documentHash";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Map<String, Object> values = new HashMap<>();
		values.put(DOCUMENT_HASH, AuditEvent.hashDocument(request.getDocument()));
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote != null) {
			values.put(CLIENT_ADDRESS,
					(remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString());
		}
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(values).build());
		return chain.next(request);
	}

}
