package org.casebridge.gateway.limits;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many operations one user, and one integrator's client, may send in a window, under
 * {@code casebridge.api.rate-limits}. Counted in Redis, so every replica counts together.
 *
 * @param enabled whether the limits apply
 * @param perUser the most operations one user (or service account) may send per window
 * @param perClient the most operations all the users of one OAuth2 client together may
 * send per window (tokens naming a client only)
 * @param window the length of a counting window
 * @param redisUri where the shared counters are (for the access-pattern watch too)
 * @param timeout how long a count may take before it is skipped for the request
 * @param keyPrefix what every shared counter's key starts with
 */
@Validated
@ConfigurationProperties("casebridge.api.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("300") @Min(1) int perUser,
		@DefaultValue("3000") @Min(1) int perClient, @DefaultValue("1m") Duration window,
		@DefaultValue("redis://127.0.0.1:6379") String redisUri, @DefaultValue("100ms") Duration timeout,
		@DefaultValue("casebridge:") String keyPrefix) {

}
