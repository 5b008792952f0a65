package org.casebridge.gateway.search;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.SourceState;

/** One source's outcome as the API reports it. */
public record SourceStatusView(Source source, SourceState state, String reason, long latencyMs, int attempts) {

	public static SourceStatusView of(SourceOutcome<?> outcome) {
		return new SourceStatusView(outcome.source(), outcome.state(), outcome.reason().orElse(null),
				outcome.latency().toMillis(), outcome.attempts());
	}

	public static SourceStatusView denied(Source source) {
		return new SourceStatusView(source, SourceState.DENIED, "not permitted for this role and purpose", 0, 0);
	}

}
