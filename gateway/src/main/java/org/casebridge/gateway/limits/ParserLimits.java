package org.casebridge.gateway.limits;

import graphql.parser.ParserOptions;
import reactor.core.publisher.Mono;

import org.casebridge.gateway.graphql.InterceptorOrder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The parser's token, character and nesting limits, set for each request (graphql-java's
 * defaults are JVM-wide), so a hostile document is given up on while it is being read.
 */
@Component
@Order(InterceptorOrder.PARSER_LIMITS)
@EnableConfigurationProperties(ApiProperties.class)
class ParserLimits implements WebGraphQlInterceptor {

	private final ParserOptions parserOptions;

	ParserLimits(ApiProperties properties) {
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(properties.maxTokens())
				.maxWhitespaceTokens(properties.maxTokens() * 4)
				.maxCharacters((int) properties.maxRequestSize().toBytes())
				.maxRuleDepth(properties.maxDepth() * 4 + 20));
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext((context) -> context.put(ParserOptions.class, this.parserOptions))
			.build());
		return chain.next(request);
	}

}
