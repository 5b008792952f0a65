package org.casebridge.gateway.limits;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;

/**
 * Counters every replica shares, in Redis: a script run over some keys, answered without
 * a thread waiting for it. Used for the rate limits and for watching access patterns;
 * when Redis does not answer in time, {@link #count} answers empty, counts it in
 * {@code casebridge.counters.unavailable} and logs a warning at most once a minute: what
 * depends on the counters decides what to do without them (docs/decisions/0016).
 */
public final class SharedCounters implements MeterBinder, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SharedCounters.class);

	private static final long RECONNECT_AFTER_MILLIS = 5_000;

	private final RedisURI uri;

	private final Duration timeout;

	private final String keyPrefix;

	private final RedisClient client;

	private final AtomicReference<CompletableFuture<StatefulRedisConnection<String, String>>> connection = new AtomicReference<>();

	private final AtomicLong failedAt = new AtomicLong();

	private final AtomicLong warnedAt = new AtomicLong();

	private final AtomicLong unavailable = new AtomicLong();

	/**
	 * @param redisUri where the counters are
	 * @param timeout how long a count may take before it is given up
	 * @param keyPrefix what every key starts with
	 */
	public SharedCounters(String redisUri, Duration timeout, String keyPrefix) {
		this.uri = RedisURI.create(redisUri);
		this.timeout = timeout;
		this.keyPrefix = keyPrefix;
		this.client = RedisClient.create();
		this.client.setOptions(ClientOptions.builder()
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.build());
	}

	/**
	 * Runs {@code script} (Lua, returning a list of integers) over the keys, each given
	 * the prefix; empty when Redis did not answer in time. Never fails.
	 */
	public Mono<List<Long>> count(String script, List<String> keys, String... arguments) {
		String[] prefixed = keys.stream().map((key) -> this.keyPrefix + key).toArray(String[]::new);
		return Mono.defer(() -> Mono.fromCompletionStage(connected().thenCompose((redis) -> redis.async()
			.<List<Long>>eval(script, ScriptOutputType.MULTI, prefixed, arguments)
			.toCompletableFuture()))).timeout(this.timeout).onErrorResume((ex) -> {
				unavailable(ex);
				return Mono.empty();
			});
	}

	long unavailableCount() {
		return this.unavailable.get();
	}

	private void unavailable(Throwable ex) {
		this.unavailable.incrementAndGet();
		long now = System.currentTimeMillis();
		long last = this.warnedAt.get();
		if (now - last > TimeUnit.MINUTES.toMillis(1) && this.warnedAt.compareAndSet(last, now)) {
			logger.warn("shared counters unavailable: Redis did not answer ({}); going on without them",
					ex.getClass().getSimpleName());
		}
	}

	/**
	 * The connection, opened on first use and again after a failure (not more often than
	 * every few seconds): a gateway starts, and serves, whether Redis is up or not.
	 */
	private CompletableFuture<StatefulRedisConnection<String, String>> connected() {
		CompletableFuture<StatefulRedisConnection<String, String>> current = this.connection.get();
		if (current != null && !current.isCompletedExceptionally() && !(current.isDone() && !current.join().isOpen())) {
			return current;
		}
		if (current != null && System.currentTimeMillis() - this.failedAt.get() < RECONNECT_AFTER_MILLIS) {
			return CompletableFuture.failedFuture(new IllegalStateException("Redis unavailable"));
		}
		CompletableFuture<StatefulRedisConnection<String, String>> opening = this.client
			.connectAsync(StringCodec.UTF8, this.uri)
			.toCompletableFuture();
		if (!this.connection.compareAndSet(current, opening)) {
			opening.thenAccept(StatefulRedisConnection::closeAsync);
			return this.connection.get();
		}
		opening.whenComplete((redis, failure) -> {
			if (failure != null) {
				this.failedAt.set(System.currentTimeMillis());
			}
		});
		return opening;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("casebridge.counters.unavailable", this.unavailable, AtomicLong::get)
			.description("Counts given up because Redis did not answer (rate limits and access patterns skipped)")
			.register(registry);
	}

	@Override
	public void destroy() {
		CompletableFuture<StatefulRedisConnection<String, String>> current = this.connection.get();
		if (current != null && current.isDone() && !current.isCompletedExceptionally()) {
			current.join().close();
		}
		this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
	}

}
