package org.casebridge.gateway.audit;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import graphql.ExecutionInput;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRequestInterceptorTests {

	private static final String DOCUMENT = "query PersonView { person(handle: \"ph_1\") { names { last } } }";

	@Test
	void callerAddressAndDocumentHashReachTheGraphQlContext() {
		WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://127.0.0.1/graphql"), new HttpHeaders(),
				new LinkedMultiValueMap<>(), new InetSocketAddress("127.0.0.7", 50123), Map.of(),
				Map.of("query", DOCUMENT), "1", Locale.US);
		new AuditRequestInterceptor().intercept(request, (intercepted) -> Mono.<WebGraphQlResponse>empty()).block();

		ExecutionInput input = request.toExecutionInput();
		assertThat((String) input.getGraphQLContext().get(AuditRequestInterceptor.CLIENT_ADDRESS))
			.isEqualTo("127.0.0.7");
		assertThat((String) input.getGraphQLContext().get(AuditRequestInterceptor.DOCUMENT_HASH))
			.isEqualTo(AuditEvent.hashDocument(DOCUMENT));
	}

}
