package org.casebridge.gateway.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import reactor.core.publisher.Mono;

/**
 * Per-user and per-client rate limits, counted in Redis ({@link SharedCounters}) so that
 * every replica counts together: a fixed window per key, incremented and given its expiry
 * by one script, so a count is one round trip and nothing on the request path waits for
 * it on a thread.
 * <p>
 * When Redis does not answer, the limits <em>fail open</em>: the operation goes on, and
 * {@link SharedCounters} logs and counts it. The limits are about fair shares, not about
 * who may see what — every access rule, admission and the audit trail still apply — and
 * refusing every caseworker because a counter is down would stop emergency placements
 * over an accounting problem (docs/decisions/0016).
 */
final class RateLimits implements MeterBinder {

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

	private final RateLimitProperties properties;

	private final SharedCounters counters;

	private final AtomicLong limitedUsers = new AtomicLong();

	private final AtomicLong limitedClients = new AtomicLong();

	RateLimits(RateLimitProperties properties, SharedCounters counters) {
		this.properties = properties;
		this.counters = counters;
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
		keys.add("rate:user:" + user);
		if (client != null) {
			keys.add("rate:client:" + client);
		}
		return this.counters.count(SCRIPT, keys, Long.toString(this.properties.window().toMillis()))
			.map(this::verdict)
			.defaultIfEmpty(Verdict.ALLOWED);
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

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("casebridge.api.rate_limited", this.limitedUsers, AtomicLong::get)
			.tag("scope", "user")
			.description("Operations refused because their user exceeded the rate limit")
			.register(registry);
		FunctionCounter.builder("casebridge.api.rate_limited", this.limitedClients, AtomicLong::get)
			.tag("scope", "client")
			.description("Operations refused because their client exceeded the rate limit")
			.register(registry);
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
