package org.casebridge.gateway.source;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.SourceState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency's circuit opens on the agency's failures, never on the gateway's own limit:
 * calls refused by a full bulkhead never reached the agency, and a burst of the gateway's
 * own load must not cut every caller off from a healthy agency.
 */
class CircuitAndBulkheadTests {

	private final ScheduledExecutorService timers = new HandOffScheduler(1, new CustomizableThreadFactory("t-"),
			Runnable::run);

	private final CircuitBreakerRegistry circuits;

	private final SourceCalls calls;

	CircuitAndBulkheadTests() {
		CircuitBreakerConfig.Builder circuit = CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(10)
			.minimumNumberOfCalls(4)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofMinutes(1));
		// the gateway's own classification, as configured for every agency
		ResilienceConfiguration.circuitBreaker(Source.SUPPORT).customize(circuit);
		this.circuits = CircuitBreakerRegistry.of(circuit.build());
		BulkheadRegistry bulkheads = BulkheadRegistry
			.of(BulkheadConfig.custom().maxConcurrentCalls(1).maxWaitDuration(Duration.ZERO).build());
		TimeLimiterRegistry timeLimiters = TimeLimiterRegistry
			.of(TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(30)).build());
		RetryRegistry retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(1).build());
		this.calls = new SourceCalls(this.circuits, timeLimiters, bulkheads, retries, this.timers, Clock.systemUTC(),
				io.micrometer.observation.ObservationRegistry.NOOP);
	}

	@AfterEach
	void stop() {
		this.timers.shutdownNow();
	}

	private SourceOutcome<String> call(CompletableFuture<String> answer) {
		return this.calls.call(Source.SUPPORT, Deadline.after(Duration.ofSeconds(30), Clock.systemUTC()), () -> answer)
			.join();
	}

	@Test
	void callsRefusedByTheGatewaysOwnBulkheadLeaveTheCircuitClosed() {
		CompletableFuture<String> slow = new CompletableFuture<>();
		CompletableFuture<SourceOutcome<String>> holding = this.calls.call(Source.SUPPORT,
				Deadline.after(Duration.ofSeconds(30), Clock.systemUTC()), () -> slow);

		for (int i = 0; i < 20; i++) {
			assertThat(call(CompletableFuture.completedFuture("never asked")).state())
				.isEqualTo(SourceState.UNAVAILABLE);
		}

		CircuitBreaker circuit = this.circuits.circuitBreaker(Source.SUPPORT.id());
		assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(circuit.getMetrics().getNumberOfFailedCalls()).isZero();
		slow.complete("answered");
		assertThat(holding.join().state()).isEqualTo(SourceState.OK);
	}

	@Test
	void theAgencysOwnFailuresStillOpenIt() {
		for (int i = 0; i < 4; i++) {
			assertThat(call(
					CompletableFuture.failedFuture(new SourceException.BadPayload(Source.SUPPORT, "garbled", null)))
				.state()).isEqualTo(SourceState.ERROR);
		}

		assertThat(this.circuits.circuitBreaker(Source.SUPPORT.id()).getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(call(CompletableFuture.completedFuture("not asked")).state()).isEqualTo(SourceState.CIRCUIT_OPEN);
	}

}
