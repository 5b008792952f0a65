package org.casebridge.gateway.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.SourceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Calls one agency inside its own Resilience4j instances and the request's deadline, and
 * turns whatever happens into a {@link SourceOutcome}. The returned future never fails.
 *
 * <p>
 * Decoration order, outermost first: retry, circuit breaker, bulkhead, time limiter. So
 * each attempt is timed separately, every attempt counts towards the circuit, a full
 * bulkhead is a fast failure rather than a queue, and the whole — retries included — is
 * cut at the deadline.
 */
@Component
public class SourceCalls {

	private static final Logger logger = LoggerFactory.getLogger(SourceCalls.class);

	private final CircuitBreakerRegistry circuitBreakers;

	private final TimeLimiterRegistry timeLimiters;

	private final BulkheadRegistry bulkheads;

	private final RetryRegistry retries;

	private final ScheduledExecutorService scheduler;

	private final Clock clock;

	private final ObservationRegistry observations;

	SourceCalls(CircuitBreakerRegistry circuitBreakers, TimeLimiterRegistry timeLimiters, BulkheadRegistry bulkheads,
			RetryRegistry retries, ScheduledExecutorService sourceCallScheduler, Clock clock,
			ObservationRegistry observations) {
		this.circuitBreakers = circuitBreakers;
		this.timeLimiters = timeLimiters;
		this.bulkheads = bulkheads;
		this.retries = retries;
		this.scheduler = sourceCallScheduler;
		this.clock = clock;
		this.observations = observations;
	}

	/**
	 * Calls a source.
	 * @param source the agency, which selects its resilience instances
	 * @param deadline the request's deadline
	 * @param call one attempt; called again for each retry
	 * @return the outcome, completed by the deadline at the latest
	 */
	public <T> CompletableFuture<SourceOutcome<T>> call(Source source, Deadline deadline,
			Supplier<CompletableFuture<T>> call) {
		Instant started = this.clock.instant();
		AtomicInteger attempts = new AtomicInteger();
		Duration remaining = deadline.remaining();
		if (remaining.isZero()) {
			return CompletableFuture.completedFuture(SourceOutcome.notAnswered(source, SourceState.TIMEOUT,
					"request deadline passed before the call", Duration.ZERO, 0));
		}
		AgencyCallObservation observation = AgencyCallObservation.start(source, this.observations);
		CompletableFuture<T> result;
		try (Observation.Scope scope = observation.openScope()) {
			result = decorate(source, () -> {
				attempts.incrementAndGet();
				return call.get();
			}).get().toCompletableFuture();
		}
		catch (RuntimeException ex) {
			result = CompletableFuture.failedFuture(ex);
		}
		return withinDeadline(result, remaining).handle((value, failure) -> {
			SourceOutcome<T> outcome;
			// the outcome's log line carries the call's trace
			try (Observation.Scope scope = observation.openScope()) {
				outcome = outcome(source, value, failure, started, attempts.get());
			}
			observation.stop(outcome);
			return outcome;
		});
	}

	/**
	 * The call, failed with a {@link TimeoutException} if it has not finished when the
	 * request's deadline comes. On this class's scheduler, not the JDK's single shared
	 * delay thread that {@code orTimeout} uses.
	 */
	private <T> CompletableFuture<T> withinDeadline(CompletableFuture<T> call, Duration remaining) {
		if (call.isDone()) {
			return call;
		}
		CompletableFuture<T> bounded = new CompletableFuture<>();
		Runnable expire = () -> bounded.completeExceptionally(new TimeoutException());
		ScheduledFuture<?> deadline = this.scheduler.schedule(expire, remaining.toNanos(), TimeUnit.NANOSECONDS);
		call.whenComplete((value, failure) -> {
			deadline.cancel(false);
			if (failure == null) {
				bounded.complete(value);
			}
			else {
				bounded.completeExceptionally(failure);
			}
		});
		return bounded;
	}

	private <T> Supplier<CompletionStage<T>> decorate(Source source, Supplier<CompletionStage<T>> attempt) {
		TimeLimiter timeLimiter = this.timeLimiters.timeLimiter(source.id());
		Bulkhead bulkhead = this.bulkheads.bulkhead(source.id());
		CircuitBreaker circuitBreaker = this.circuitBreakers.circuitBreaker(source.id());
		Retry retry = this.retries.retry(source.id());
		Supplier<CompletionStage<T>> timed = () -> timeLimiter.executeCompletionStage(this.scheduler, attempt);
		Supplier<CompletionStage<T>> bulkheaded = Bulkhead.decorateCompletionStage(bulkhead, timed);
		Supplier<CompletionStage<T>> broken = CircuitBreaker.decorateCompletionStage(circuitBreaker, bulkheaded);
		return Retry.decorateCompletionStage(retry, this.scheduler, broken);
	}

	private <T> SourceOutcome<T> outcome(Source source, T value, Throwable failure, Instant started, int attempts) {
		Duration latency = Duration.between(started, this.clock.instant());
		if (failure == null) {
			return SourceOutcome.answered(source, value, latency, attempts);
		}
		Throwable cause = SourceFailures.unwrap(failure);
		SourceState state = stateOf(cause);
		String reason = reasonOf(source, cause);
		if (state != SourceState.NOT_FOUND) {
			logger.info("source {} gave no answer: {} ({}) after {} attempt(s) in {} ms", source.id(), state, reason,
					attempts, latency.toMillis());
		}
		return SourceOutcome.notAnswered(source, state, reason, latency, attempts);
	}

	private static SourceState stateOf(Throwable cause) {
		if (cause instanceof SourceException sourceException) {
			return sourceException.state();
		}
		if (cause instanceof TimeoutException) {
			return SourceState.TIMEOUT;
		}
		if (cause instanceof CallNotPermittedException) {
			return SourceState.CIRCUIT_OPEN;
		}
		if (cause instanceof BulkheadFullException) {
			return SourceState.UNAVAILABLE;
		}
		return SourceState.ERROR;
	}

	private String reasonOf(Source source, Throwable cause) {
		if (cause instanceof SourceException sourceException) {
			return sourceException.getMessage();
		}
		if (cause instanceof TimeoutException) {
			return "no answer within "
					+ this.timeLimiters.timeLimiter(source.id()).getTimeLimiterConfig().getTimeoutDuration().toMillis()
					+ " ms time limit or the request deadline";
		}
		if (cause instanceof CallNotPermittedException) {
			return "circuit open after repeated failures";
		}
		if (cause instanceof BulkheadFullException) {
			return "too many concurrent calls to this agency";
		}
		return "unexpected failure";
	}

}
