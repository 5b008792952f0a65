package org.casebridge.gateway.jointcase;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Joint cases, under {@code casebridge.joint-cases}.
 *
 * @param pollInterval how often each replica reads the change feeds and applies what it
 * read
 * @param batchSize at most this many changes read from a feed at a time
 * @param applyAtOnce at most this many changes applied at a time by one applier (each
 * person they are about opened once, at every agency the flags rest on, in parallel)
 * @param appliers how many appliers each replica runs; each holds a database connection
 * only while it claims changes and while it stores what it applied
 * @param maxAttempts how often a change is tried (its agencies may be down) before it is
 * set aside as failed
 * @param claimLapse how long an applier's claim keeps the other appliers off its changes:
 * longer than opening their people may take, and how long the changes of a replica that
 * died holding them wait before another replica takes them up
 * @param workers which CaseBridge user each agency worker is: the agencies name a case's
 * assigned worker by e-mail address
 */
@Validated
@ConfigurationProperties("casebridge.joint-cases")
record JointCaseProperties(@DefaultValue("250ms") Duration pollInterval,
		@DefaultValue("100") @Min(1) @Max(500) int batchSize, @DefaultValue("16") @Min(1) @Max(100) int applyAtOnce,
		@DefaultValue("4") @Min(1) @Max(32) int appliers, @DefaultValue("20") @Min(1) int maxAttempts,
		@DefaultValue("30s") Duration claimLapse, @DefaultValue List<@Valid Worker> workers) {

	JointCaseProperties {
		if (claimLapse.isNegative() || claimLapse.isZero()) {
			throw new IllegalArgumentException("casebridge.joint-cases.claim-lapse must be positive");
		}
		workers = List.copyOf(workers);
	}

	/** Agency worker id (e-mail, any case) to CaseBridge user name. */
	Map<String, String> usersByWorker() {
		return this.workers.stream()
			.collect(Collectors.toUnmodifiableMap((w) -> w.agencyId().toLowerCase(Locale.ROOT), Worker::user,
					(a, b) -> a));
	}

	/** One agency worker and the CaseBridge user they sign in as. */
	record Worker(@NotBlank String agencyId, @NotBlank String user) {
	}

}
