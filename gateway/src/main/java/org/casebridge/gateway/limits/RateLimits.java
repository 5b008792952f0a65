package org.casebridge.gateway.limits;

import java.time.Duration;
import java.util.ArrayList;
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
 * Per-user and per-client rate limits, counted in Redis so that every replica counts
 * together: a fixed window per key, incremented and given its expiry by one script, so a
 * count is one round trip and nothing on the request path waits for it on a thread.
 * <p>
 * When Redis does not answer within {@code timeout}, the limits <em>fail open</em>: the
 * operation goes on, a warning is logged (at most once a minute) and
 * {@code casebridge.api.rate_limits.unavailable} counts it. The limits are about fair
 * shares, not about who may see what — every access rule, admission and the audit trail
 * still apply — and refusing every caseworker because a counter is down would stop
 * emergency placements over an accounting problem (docs/decisions/0016).
 */
final class RateLimits implements MeterBinder, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(RateLimits.class);

	private static final String SCRIPT = """
			local out = {}
			for i, key in ipairs(KEYS) do
			  local n = redis.call('INCR', key)
			  if n == 1 then redis.call('PEXPIRE', key, ARGV[1]) end
			  local ttl = redis.call('PTTL', key)
			  out[#out + 1] = n
			  out[#out + 1] = ttl
			end
			return out
			""";

	private static final long RECONNECT_AFTER_MILLIS = 5_000;

	private final RateLimitProperties properties;

	private final RedisClient client;

	private final AtomicReference<CompletableFuture<StatefulRedisConnection<String, String>>> connection = new AtomicReference<>();

	private final AtomicLong failedAt = new AtomicLong();

	private final AtomicLong warnedAt = new AtomicLong();

	private final AtomicLong unavailable = new AtomicLong();

	private final AtomicLong limitedUsers = new AtomicLong();

	private final AtomicLong limitedClients = new AtomicLong();

	RateLimits(RateLimitProperties properties) {
		this.properties = properties;
		this.client = RedisClient.create();
		this.client.setOptions(ClientOptions.builder()
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.build());
	}

	/**
	 * Counts one operation of {@code user} (and of {@code client}, if the token names
	 * one) and says whether it is within the limits; never fails.
	 */
	Mono<Verdict> check(String user, String client) {
		if (!this.properties.enabled()) {
			return Mono.just(Verdict.ALLOWED);
		}
		List<String> keys = new ArrayList<>();
		keys.add(this.properties.keyPrefix() + "user:" + user);
		if (client != null) {
			keys.add(this.properties.keyPrefix() + "client:" + client);
		}
		String window = Long.toString(this.properties.window().toMillis());
		return Mono
			.defer(() -> Mono.fromCompletionStage(connected().thenCompose((redis) -> redis.async()
				.<List<Long>>eval(SCRIPT, ScriptOutputType.MULTI, keys.toArray(String[]::new), window)
				.toCompletableFuture())))
			.timeout(this.properties.timeout())
			.map(this::verdict)
			.onErrorResume((ex) -> Mono.just(unavailable(ex)));
	}

	private Verdict verdict(List<Long> counts) {
		if (counts.get(0) > this.properties.perUser()) {
			this.limitedUsers.incrementAndGet();
			return new Verdict("user", retryAfter(counts.get(1)));
		}
		if (counts.size() > 2 && counts.get(2) > this.properties.perClient()) {
			this.limitedClients.incrementAndGet();
			return new Verdict("client", retryAfter(counts.get(3)));
		}
		return Verdict.ALLOWED;
	}

	private Duration retryAfter(long ttlMillis) {
		return Duration.ofMillis((ttlMillis > 0) ? ttlMillis : this.properties.window().toMillis());
	}

	private Verdict unavailable(Throwable ex) {
		this.unavailable.incrementAndGet();
		long now = System.currentTimeMillis();
		long last = this.warnedAt.get();
		if (now - last > TimeUnit.MINUTES.toMillis(1) && this.warnedAt.compareAndSet(last, now)) {
			logger.warn("rate limits skipped: Redis did not answer ({}); operations are admitted without them",
					ex.getClass().getSimpleName());
		}
		return Verdict.ALLOWED;
	}

	/**
	 * The connection, opened on first use and again after a failure (not more often than
	 * every few seconds): a gateway starts, and serves, whether Redis is up or not.
	 */
	private CompletableFuture<StatefulRedisConnection<String, String>> connected() {
		CompletableFuture<StatefulRedisConnection<String, String>> current = this.connection.get();
		if (current != null
				&& !(current.isCompletedExceptionally() || (current.isDone() && !current.join().isOpen()))) {
			return current;
		}
		long now = System.currentTimeMillis();
		if (current != null && now - this.failedAt.get() < RECONNECT_AFTER_MILLIS) {
			return CompletableFuture.failedFuture(new IllegalStateException("Redis unavailable"));
		}
		CompletableFuture<StatefulRedisConnection<String, String>> opening = this.client
			.connectAsync(StringCodec.UTF8, RedisURI.create(this.properties.redisUri()))
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
		FunctionCounter.builder("casebridge.api.rate_limits.unavailable", this.unavailable, AtomicLong::get)
			.description("Operations admitted without rate limits because Redis did not answer")
			.register(registry);
		FunctionCounter.builder("casebridge.api.rate_limited", this.limitedUsers, AtomicLong::get)
			.tag("scope", "user")
			.description("Operations refused because their user exceeded the rate limit")
			.register(registry);
		FunctionCounter.builder("casebridge.api.rate_limited", this.limitedClients, AtomicLong::get)
			.tag("scope", "client")
			.description("Operations refused because their client exceeded the rate limit")
			.register(registry);
	}

	long unavailableCount() {
		return this.unavailable.get();
	}

	@Override
	public void destroy() {
		CompletableFuture<StatefulRedisConnection<String, String>> current = this.connection.get();
		if (current != null && current.isDone() && !current.isCompletedExceptionally()) {
			current.join().close();
		}
		this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
	}

	/**
	 * Whether an operation may go on; if not, whose limit it exceeded and when the window
	 * ends.
	 *
	 * @param limited "user" or "client", or null when within the limits
	 */
	record Verdict(String limited, Duration retryAfter) {

		static final Verdict ALLOWED = new Verdict(null, Duration.ZERO);

		boolean allowed() {
			return this.limited == null;
		}

		long retryAfterSeconds() {
			return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
		}

	}

}
