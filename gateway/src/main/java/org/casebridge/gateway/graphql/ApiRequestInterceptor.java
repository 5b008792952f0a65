package org.casebridge.gateway.graphql;

import graphql.parser.ParserOptions;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Prepares each request before graphql-java sees it: the parser's token limits for this
 * request only (graphql-java's defaults are JVM-wide), and the caller, kept in the
 * request's context for the limits and the access checks that follow.
 */
@Component
@EnableConfigurationProperties(ApiProperties.class)
class ApiRequestInterceptor implements WebGraphQlInterceptor {

	private final ParserOptions parserOptions;

	ApiRequestInterceptor(ApiProperties properties) {
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(properties.maxTokens())
				.maxWhitespaceTokens(properties.maxTokens() * 4)
				.maxCharacters((int) properties.maxRequestSize().toBytes())
				.maxRuleDepth(properties.maxDepth() * 4 + 20));
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		request.configureExecutionInput((input, builder) -> builder.graphQLContext((context) -> {
			context.put(ParserOptions.class, this.parserOptions);
			if (caller != null) {
				context.put(CallerContext.KEY, caller);
			}
		}).build());
		return chain.next(request);
	}

}
