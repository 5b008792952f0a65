package org.casebridge.gateway.access.enforcement;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.source.Connectors;
import org.casebridge.gateway.source.Deadline;
import org.casebridge.gateway.source.SourceCalls;

import org.springframework.stereotype.Component;

/**
 * Protection lookups through each agency's own resilience instances, within a short
 * budget of their own: an agency that does not answer in time leaves the rule's facts
 * unknown, which restricts.
 */
@Component
class ConnectorLookups implements AgencyLookups {

	private static final Duration BUDGET = Duration.ofSeconds(2);

	private final Connectors connectors;

	private final SourceCalls calls;

	private final Clock clock;

	ConnectorLookups(Connectors connectors, SourceCalls calls, Clock clock) {
		this.connectors = connectors;
		this.calls = calls;
		this.clock = clock;
	}

	@Override
	public CompletableFuture<SourceOutcome<List<PersonRecord>>> search(Source source, PersonSearch criteria) {
		return this.calls.call(source, Deadline.after(BUDGET, this.clock),
				() -> this.connectors.get(source).searchPeople(criteria));
	}

}
