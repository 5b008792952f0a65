package org.casebridge.gateway.access.policy;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The gauge {@code casebridge.policy.version}: the policy version this replica enforces.
 * Replicas that disagree for longer than the refresh interval are not reading the same
 * database, or one has stopped refreshing.
 */
@Component
class PolicyVersionMetrics implements MeterBinder {

	private final PolicyInForce policy;

	PolicyVersionMetrics(PolicyInForce policy) {
		this.policy = policy;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("casebridge.policy.version", this.policy, (inForce) -> inForce.current().version().version())
			.description("the access policy version in force on this replica")
			.register(registry);
	}

}
