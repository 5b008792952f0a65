package org.casebridge.gateway.observability;

import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.audit.AuditTrail;

/**
 * The audit trail as every caller sees it, timed: {@code casebridge.audit.commit} from
 * queueing a record to its commit (or failure), tagged with the event type, the event's
 * outcome (so refusals show as {@code ACCESS_DENIED}/{@code DENIED}) and whether the
 * record was committed. A {@code failed} result means a response was withheld.
 */
final class MeasuredAuditTrail implements AuditTrail {

	static final String COMMIT = "casebridge.audit.commit";

	private final AuditTrail trail;

	private final MeterRegistry registry;

	MeasuredAuditTrail(AuditTrail trail, MeterRegistry registry) {
		this.trail = trail;
		this.registry = registry;
	}

	@Override
	public int queued() {
		return this.trail.queued();
	}

	@Override
	public CompletableFuture<Long> commit(AuditEvent event) {
		Timer.Sample sample = Timer.start(this.registry);
		CompletableFuture<Long> committed = this.trail.commit(event);
		committed.whenComplete((seq,
				failure) -> sample.stop(Timer.builder(COMMIT)
					.description("time from queueing an audit record to its commit or failure")
					.tag("type", event.type().name())
					.tag("outcome", event.outcome().name())
					.tag("result", (failure == null) ? "committed" : "failed")
					.publishPercentileHistogram()
					.minimumExpectedValue(java.time.Duration.ofMillis(1))
					.maximumExpectedValue(java.time.Duration.ofSeconds(5))
					.register(this.registry)));
		return committed;
	}

}
