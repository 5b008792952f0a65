package org.casebridge.gateway.graphql;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the request-shape filter on {@code /graphql}, ahead of Spring Security's
 * filters, so a malformed, oversized, batched or cross-site request costs no token check;
 * and the cache of parsed and validated documents.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	/** Before Spring Security's filter chain (at -100). */
	static final int ORDER = -110;

	@Bean
	FilterRegistrationBean<ApiRequestFilter> apiRequestFilter(ApiProperties properties) {
		FilterRegistrationBean<ApiRequestFilter> registration = new FilterRegistrationBean<>(
				new ApiRequestFilter(properties));
		registration.addUrlPatterns("/graphql", "/graphql/*");
		registration.setOrder(ORDER);
		return registration;
	}

	@Bean
	GraphQlSourceBuilderCustomizer documentCache(ApiProperties properties) {
		long size = properties.documentCache().toBytes();
		if (size <= 0) {
			return (builder) -> {
			};
		}
		DocumentCache cache = new DocumentCache(Math.max(size, properties.maxRequestSize().toBytes()));
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

}
