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
 * A case's members from the agency that owns the case: a search by case number, through
 * the agency's own resilience instances, within a short budget of its own.
 */
@Component
class AgencyCaseMembers implements FamilyViolenceCheck.CaseMembers {

	private static final Duration BUDGET = Duration.ofSeconds(2);

	private final Connectors connectors;

	private final SourceCalls calls;

	private final Clock clock;

	AgencyCaseMembers(Connectors connectors, SourceCalls calls, Clock clock) {
		this.connectors = connectors;
		this.calls = calls;
		this.clock = clock;
	}

	@Override
	public CompletableFuture<SourceOutcome<List<PersonRecord>>> of(Source source, String caseNumber) {
		PersonSearch members = new PersonSearch(null, null, null, null, caseNumber);
		return this.calls.call(source, Deadline.after(BUDGET, this.clock),
				() -> this.connectors.get(source).searchPeople(members));
	}

}
