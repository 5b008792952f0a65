package org.casebridge.gateway.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.AgencyConnector;
import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.identity.Candidate;
import org.casebridge.gateway.identity.ComparableRecord;
import org.casebridge.gateway.identity.IdentityResolver;
import org.casebridge.gateway.identity.MatchWeights;
import org.casebridge.gateway.identity.RecordDecisions;
import org.casebridge.gateway.identity.SearchMatch;
import org.casebridge.gateway.identitydecision.IdentityDecisions;
import org.casebridge.gateway.source.Connectors;
import org.casebridge.gateway.source.Deadline;
import org.casebridge.gateway.source.SourceCalls;

import org.springframework.stereotype.Service;

/**
 * Asks every permitted agency at once and groups their answers into candidate people,
 * honouring the caseworkers' identity decisions in force about the records found.
 *
 * <p>
 * Agencies match exactly what they are asked, so a caseworker who types "Bob" for the
 * "Robert" an agency holds, or a date of birth with day and month swapped, would find
 * nothing. Each agency is therefore asked the criteria as typed and, at once, the widened
 * queries of {@link SearchMatch#widened}; what the widened queries bring back is kept
 * only where {@link SearchMatch} says the record answers the criteria (and holds the case
 * number asked for). One agency's queries are one call: if any of them fails, the agency
 * did not answer, so the protections that fail closed on a silent agency still do.
 */
@Service
class PersonSearchService {

	private final Connectors connectors;

	private final SourceCalls sourceCalls;

	private final IdentityResolver resolver;

	private final CandidateViews candidateViews;

	private final IdentityDecisions decisions;

	private final SearchProperties properties;

	private final Clock clock;

	PersonSearchService(Connectors connectors, SourceCalls sourceCalls, IdentityResolver resolver,
			CandidateViews candidateViews, IdentityDecisions decisions, SearchProperties properties, Clock clock) {
		this.connectors = connectors;
		this.sourceCalls = sourceCalls;
		this.resolver = resolver;
		this.candidateViews = candidateViews;
		this.decisions = decisions;
		this.properties = properties;
		this.clock = clock;
	}

	CompletableFuture<SearchResult> search(PersonSearch criteria, Grants grants, SourceSelection selection) {
		Deadline deadline = Deadline.after(this.properties.deadline(), this.clock);
		Map<Source, CompletableFuture<SourceOutcome<List<PersonRecord>>>> calls = new EnumMap<>(Source.class);
		for (Source source : selection.sources()) {
			if (grants.maySee(source)) {
				calls.put(source,
						this.sourceCalls.call(source, deadline, () -> ask(this.connectors.get(source), criteria)));
			}
		}
		return CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new))
			.thenCompose((done) -> this.decisions.among(found(calls)))
			.thenApply((decided) -> answer(criteria, selection, calls, decided));
	}

	private static List<PersonRecord> found(Map<Source, CompletableFuture<SourceOutcome<List<PersonRecord>>>> calls) {
		List<PersonRecord> records = new ArrayList<>();
		calls.values().forEach((call) -> call.join().value().ifPresent(records::addAll));
		return records;
	}

	private CompletableFuture<List<PersonRecord>> ask(AgencyConnector connector, PersonSearch criteria) {
		CompletableFuture<List<PersonRecord>> asTyped = connector.searchPeople(criteria);
		if (!this.properties.widen()) {
			return asTyped;
		}
		List<CompletableFuture<List<PersonRecord>>> widened = new ArrayList<>();
		for (PersonSearch query : SearchMatch.widened(criteria)) {
			if (!query.equals(criteria)) {
				widened.add(connector.searchPeople(query));
			}
		}
		List<CompletableFuture<?>> all = new ArrayList<>(widened);
		all.add(asTyped);
		return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApply((done) -> {
			Map<String, PersonRecord> records = new LinkedHashMap<>();
			asTyped.join().forEach((record) -> records.put(record.agencyPersonId(), record));
			MatchWeights weights = this.resolver.weights();
			for (CompletableFuture<List<PersonRecord>> query : widened) {
				for (PersonRecord record : query.join()) {
					if (!records.containsKey(record.agencyPersonId()) && answers(weights, criteria, record)) {
						records.put(record.agencyPersonId(), record);
					}
				}
			}
			return List.copyOf(records.values());
		});
	}

	private static boolean answers(MatchWeights weights, PersonSearch criteria, PersonRecord record) {
		boolean caseHeld = criteria.caseNumber() == null
				|| record.caseNumbers().stream().anyMatch((number) -> number.equalsIgnoreCase(criteria.caseNumber()));
		return caseHeld && SearchMatch.of(weights, criteria, ComparableRecord.of(record)).shown();
	}

	private SearchResult answer(PersonSearch criteria, SourceSelection selection,
			Map<Source, CompletableFuture<SourceOutcome<List<PersonRecord>>>> calls, RecordDecisions decided) {
		List<PersonRecord> records = new ArrayList<>();
		List<SourceStatusView> sources = new ArrayList<>();
		for (Source source : selection.sources()) {
			CompletableFuture<SourceOutcome<List<PersonRecord>>> call = calls.get(source);
			if (call == null) {
				sources.add(SourceStatusView.denied(source));
				continue;
			}
			SourceOutcome<List<PersonRecord>> outcome = call.join();
			outcome.value().ifPresent(records::addAll);
			sources.add(SourceStatusView.of(outcome));
		}
		List<Candidate> candidates = this.resolver.resolve(records, criteria, decided);
		int limit = this.properties.maxCandidates();
		List<SearchResult.CandidateView> views = candidates.stream().limit(limit).map(this.candidateViews::of).toList();
		return new SearchResult(views, candidates.size() > limit, sources);
	}

}
