package org.casebridge.gateway.source;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;

import io.github.resilience4j.common.circuitbreaker.configuration.CircuitBreakerConfigCustomizer;
import io.github.resilience4j.common.retry.configuration.RetryConfigCustomizer;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * What the property files cannot say about the per-agency resilience instances (sizes and
 * limits live in application.yml under {@code resilience4j.*.instances.<agency>}): which
 * failures are retried, how long to wait between attempts, and which failures count
 * against a circuit.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

	/** The longest Retry-After from an agency that is honoured within one request. */
	private static final Duration LONGEST_HONOURED_RETRY_AFTER = Duration.ofSeconds(1);

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService sourceCallScheduler() {
		return new HandOffScheduler(2, new CustomizableThreadFactory("source-timer-"), ForkJoinPool.commonPool());
	}

	@Bean
	CircuitBreakerConfigCustomizer supportCircuitBreaker() {
		return circuitBreaker(Source.SUPPORT);
	}

	@Bean
	CircuitBreakerConfigCustomizer welfareCircuitBreaker() {
		return circuitBreaker(Source.WELFARE);
	}

	@Bean
	CircuitBreakerConfigCustomizer vitalsCircuitBreaker() {
		return circuitBreaker(Source.VITALS);
	}

	@Bean
	CircuitBreakerConfigCustomizer locateCircuitBreaker() {
		return circuitBreaker(Source.LOCATE);
	}

	@Bean
	RetryConfigCustomizer supportRetry() {
		return retry(Source.SUPPORT);
	}

	@Bean
	RetryConfigCustomizer welfareRetry() {
		return retry(Source.WELFARE);
	}

	@Bean
	RetryConfigCustomizer vitalsRetry() {
		return retry(Source.VITALS);
	}

	@Bean
	RetryConfigCustomizer locateRetry() {
		return retry(Source.LOCATE);
	}

	static CircuitBreakerConfigCustomizer circuitBreaker(Source source) {
		return CircuitBreakerConfigCustomizer.of(source.id(),
				(builder) -> builder.recordException(SourceFailures::countsAgainstCircuit)
					.ignoreException(SourceFailures::ownLimit));
	}

	private static RetryConfigCustomizer retry(Source source) {
		IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(50), 2.0, 0.5);
		IntervalBiFunction<Object> interval = (attempt, outcome) -> {
			if (outcome.isLeft()
					&& SourceFailures.unwrap(outcome.getLeft()) instanceof SourceException.RateLimited rateLimited) {
				return rateLimited.retryAfter()
					.filter((wait) -> wait.compareTo(LONGEST_HONOURED_RETRY_AFTER) <= 0)
					.map(Duration::toMillis)
					.orElseGet(() -> backoff.apply(attempt));
			}
			return backoff.apply(attempt);
		};
		return RetryConfigCustomizer.of(source.id(),
				(builder) -> builder.retryOnException((Predicate<Throwable>) SourceFailures::retryable)
					.intervalBiFunction(interval));
	}

}
