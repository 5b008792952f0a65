package org.casebridge.gateway.limits;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the request-shape filter on {@code /graphql}, ahead of Spring Security's
 * filters, so a malformed, oversized, batched or cross-site request costs no token check;
 * the admission of operations; and the cache of parsed and validated documents.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class ApiConfiguration {

	/** Before Spring Security's filter chain (at -100). */
	static final int ORDER = -110;

	@Bean
	FilterRegistrationBean<ApiRequestFilter> apiRequestFilter(ApiProperties properties, RefusalListener refusals) {
		FilterRegistrationBean<ApiRequestFilter> registration = new FilterRegistrationBean<>(
				new ApiRequestFilter(properties, refusals));
		registration.addUrlPatterns("/graphql", "/graphql/*");
		registration.setOrder(ORDER);
		return registration;
	}

	@Bean
	Admission admission(ApiProperties properties) {
		ApiProperties.Concurrency concurrency = properties.concurrency();
		return new Admission(concurrency.maxRunning(),
				concurrency.runningPerCaller(Runtime.getRuntime().availableProcessors()), concurrency.maxWaiting(),
				concurrency.maxWaitingPerCaller(), concurrency.maxWait(), concurrency.presence(), System::nanoTime);
	}

	@Bean
	SharedCounters sharedCounters(RateLimitProperties properties) {
		return new SharedCounters(properties.redisUri(), properties.timeout(), properties.keyPrefix());
	}

	@Bean
	RateLimits rateLimits(RateLimitProperties properties, SharedCounters counters) {
		return new RateLimits(properties, counters);
	}

	@Bean
	AdmissionInterceptor admissionInterceptor(Admission admission, RateLimits rateLimits, RefusalListener refusals) {
		return new AdmissionInterceptor(admission, rateLimits, refusals);
	}

	@Bean
	GatewayHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
		return new GatewayHttpHandler(handler);
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
