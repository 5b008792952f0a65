package org.casebridge.gateway.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits counted in the machine's Redis (127.0.0.1:6379), each test under counters
 * of its own: the limited caller only is refused, with the end of the window; replicas
 * count together; and when Redis does not answer, operations go on and that is counted.
 */
class RateLimitsTests {

	private final String prefix = "casebridge-test-" + UUID.randomUUID() + ":";

	private final List<SharedCounters> created = new ArrayList<>();

	@AfterEach
	void close() {
		this.created.forEach(SharedCounters::destroy);
	}

	private RateLimits limits(int perUser, int perClient, String redisUri) {
		SharedCounters counters = new SharedCounters(redisUri, Duration.ofSeconds(2), this.prefix);
		this.created.add(counters);
		return new RateLimits(new RateLimitProperties(true, perUser, perClient, Duration.ofSeconds(30), redisUri,
				Duration.ofSeconds(2), this.prefix), counters);
	}

	@Test
	void aUserOverTheLimitIsRefusedUntilTheWindowEndsAndNoOneElseIs() {
		RateLimits limits = limits(3, 100, "redis://127.0.0.1:6379");
		for (int i = 0; i < 3; i++) {
			assertThat(limits.check("worker-1", null).block().allowed()).isTrue();
		}

		RateLimits.Verdict fourth = limits.check("worker-1", null).block();

		assertThat(fourth.allowed()).isFalse();
		assertThat(fourth.limited()).isEqualTo("user");
		assertThat(fourth.retryAfterSeconds()).isBetween(1L, 30L);
		assertThat(limits.check("auditor-1", null).block().allowed()).isTrue();
	}

	@Test
	void everyReplicaCountsTheSameCallerTogether() {
		RateLimits one = limits(3, 100, "redis://127.0.0.1:6379");
		RateLimits other = limits(3, 100, "redis://127.0.0.1:6379");

		assertThat(one.check("worker-2", null).block().allowed()).isTrue();
		assertThat(other.check("worker-2", null).block().allowed()).isTrue();
		assertThat(one.check("worker-2", null).block().allowed()).isTrue();

		assertThat(other.check("worker-2", null).block().allowed()).isFalse();
	}

	@Test
	void theUsersOfOneClientShareItsLimit() {
		RateLimits limits = limits(100, 4, "redis://127.0.0.1:6379");
		for (int i = 0; i < 4; i++) {
			assertThat(limits.check("system-" + i, "agency-system").block().allowed()).isTrue();
		}

		RateLimits.Verdict fifth = limits.check("system-9", "agency-system").block();

		assertThat(fifth.limited()).isEqualTo("client");
		assertThat(limits.check("system-9", "another-system").block().allowed()).isTrue();
	}

	@Test
	void whenRedisDoesNotAnswerOperationsGoOnAndThatIsCounted() {
		RateLimits limits = limits(1, 1, "redis://127.0.0.1:1");

		assertThat(limits.check("worker-3", null).block(Duration.ofSeconds(5)).allowed()).isTrue();
		assertThat(limits.check("worker-3", null).block(Duration.ofSeconds(5)).allowed()).isTrue();

		assertThat(this.created.get(0).unavailableCount()).isEqualTo(2);
	}

}
