package org.casebridge.gateway.limits;

import java.util.Map;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller over their rate limit gets 429 with {@code Retry-After} and one
 * {@code LIMIT_EXCEEDED} error, before any agency is asked; everyone else is answered.
 * The caller's counter is filled in Redis directly, as other replicas would have filled
 * it.
 */
class RateLimitHttpTests extends GatewayIntegrationTest {

	@Test
	void onlyTheCallerOverTheLimitIsRefusedWithRetryAfter() {
		RedisClient redis = RedisClient.create("redis://127.0.0.1:6379");
		try (StatefulRedisConnection<String, String> connection = redis.connect()) {
			String key = RATE_LIMIT_PREFIX + "rate:user:flooding-worker";
			connection.sync().set(key, "2000000");
			connection.sync().pexpire(key, 20_000);
		}
		finally {
			redis.shutdown();
		}
		Map<String, Object> variables = Map.of("criteria", Map.of("lastName", "Rivera"), "purpose", "LOCATE_PARENT");

		GraphQlClient.Response limited = query(idp.token("flooding-worker", "support-worker"),
				Documents.load("searchPeople"), variables);
		long asked = agencyRequests();
		GraphQlClient.Response other = query(idp.token("other-worker", "support-worker"),
				Documents.load("searchPeople"), variables);

		assertThat(limited.status()).as(limited.text()).isEqualTo(429);
		assertThat(limited.firstErrorCode()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(limited.errors().path(0).path("extensions").path("limit").asString()).isEqualTo("rate");
		assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong))
			.hasValueSatisfying((seconds) -> assertThat(seconds).isBetween(1L, 20L));
		assertThat(asked).as("no agency asked for the limited caller").isZero();
		assertThat(other.status()).isEqualTo(200);
		assertThat(other.data().path("searchPeople").path("candidates").isArray()).isTrue();
	}

}
