package org.casebridge.gateway.person;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PersonRules;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.identity.PersonLookup;
import org.casebridge.gateway.identity.PossibleMatch;
import org.casebridge.gateway.identity.RecordDecisions;
import org.casebridge.gateway.identitydecision.IdentityDecisions;
import org.casebridge.gateway.search.SearchProperties;
import org.casebridge.gateway.search.SourceSelection;
import org.casebridge.gateway.source.Connectors;
import org.casebridge.gateway.source.Deadline;
import org.casebridge.gateway.source.SourceCalls;

import org.springframework.stereotype.Service;

/**
 * Opens one person: asks, in parallel, every agency the caller asked to be shown and
 * every agency the person-level rules are decided from
 * ({@link PersonRules#contextSources}), within what the grants allow. An agency the
 * handle has no record for is searched by the person's SSN and date of birth; a single
 * strong match is used, while records that only could be the person are reported as a
 * possible match, never shown as the person's and never as "no record". A record a
 * caseworker recorded as not the same person as one of the handle's is neither.
 */
@Service
class PersonViewService {

	private final Connectors connectors;

	private final SourceCalls sourceCalls;

	private final PersonViews assembly;

	private final IdentityDecisions decisions;

	private final SearchProperties properties;

	private final Clock clock;

	PersonViewService(Connectors connectors, SourceCalls sourceCalls, PersonViews assembly, IdentityDecisions decisions,
			SearchProperties properties, Clock clock) {
		this.connectors = connectors;
		this.sourceCalls = sourceCalls;
		this.assembly = assembly;
		this.decisions = decisions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param child the handle of the child the view is for, or null
	 */
	CompletableFuture<PersonView> view(String handleText, PersonHandle handle, Grants grants, SourceSelection selection,
			PersonHandle child) {
		Deadline deadline = Deadline.after(this.properties.deadline(), this.clock);
		Set<Source> asked = PersonRules.contextSources(grants, selection.sources());
		Map<Source, CompletableFuture<SourceOutcome<RecordLookup>>> calls = new EnumMap<>(Source.class);
		for (Source source : asked) {
			calls.put(source, this.sourceCalls.call(source, deadline, () -> lookup(source, handle)));
		}
		return CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new))
			.thenApply((done) -> this.assembly.assemble(handleText, handle, grants, selection, calls,
					(child != null) ? child.records() : null));
	}

	private CompletableFuture<RecordLookup> lookup(Source source, PersonHandle handle) {
		String known = handle.records().get(source);
		if (known != null) {
			return this.connectors.get(source).personDetails(known).thenApply(RecordLookup::found);
		}
		List<PersonSearch> searches = new ArrayList<>();
		if (handle.ssn() != null) {
			searches.add(new PersonSearch(null, null, null, handle.ssn(), null));
		}
		if (handle.dateOfBirth() != null) {
			searches.add(new PersonSearch(null, null, handle.dateOfBirth(), null, null));
		}
		if (searches.isEmpty()) {
			return CompletableFuture.completedFuture(RecordLookup.none("no identity keys to search"));
		}
		List<CompletableFuture<List<PersonRecord>>> answers = searches.stream()
			.map((search) -> this.connectors.get(source).searchPeople(search))
			.toList();
		return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
			.thenCompose((done) -> gather(source, handle, answers));
	}

	private CompletableFuture<RecordLookup> gather(Source source, PersonHandle handle,
			List<CompletableFuture<List<PersonRecord>>> answers) {
		Map<String, PersonRecord> found = new LinkedHashMap<>();
		answers.forEach((answer) -> answer.join().forEach((r) -> found.putIfAbsent(r.agencyPersonId(), r)));
		// a failure to read the decisions is not the agency's: no record is taken as the
		// person's then, those that could be are offered to judge
		return this.decisions.among(found.values())
			.handle((decided, failed) -> decided)
			.thenCompose(
					(decided) -> (decided != null) ? choose(source, handle, notDecidedOtherwise(handle, found, decided))
							: CompletableFuture.completedFuture(resembling(handle, found)));
	}

	/**
	 * The records no caseworker recorded as not the same person as one of the handle's.
	 */
	private static Map<String, PersonRecord> notDecidedOtherwise(PersonHandle handle, Map<String, PersonRecord> found,
			RecordDecisions decided) {
		if (decided.isEmpty()) {
			return found;
		}
		Set<String> handleRecords = new java.util.HashSet<>();
		handle.records().forEach((source, id) -> handleRecords.add(source.id() + ":" + id));
		Map<String, PersonRecord> kept = new LinkedHashMap<>();
		found.forEach((id, record) -> {
			if (!decided.apart(Set.of(RecordDecisions.keyOf(record)), handleRecords)) {
				kept.put(id, record);
			}
		});
		return kept;
	}

	private CompletableFuture<RecordLookup> choose(Source source, PersonHandle handle,
			Map<String, PersonRecord> records) {
		List<PersonRecord> strong = records.values()
			.stream()
			.filter((r) -> PersonLookup.strongMatch(handle, r))
			.toList();
		if (strong.size() == 1) {
			return this.connectors.get(source)
				.personDetails(strong.get(0).agencyPersonId())
				.thenApply(RecordLookup::found);
		}
		if (strong.size() > 1) {
			return CompletableFuture
				.completedFuture(RecordLookup.nearMiss(strong, "several records match on strong evidence"));
		}
		return CompletableFuture.completedFuture(resembling(handle, records));
	}

	private static RecordLookup resembling(PersonHandle handle, Map<String, PersonRecord> records) {
		PossibleMatch.Profile profile = PossibleMatch.Profile.of(handle, List.of());
		List<PersonRecord> possible = records.values()
			.stream()
			.filter((r) -> PossibleMatch.couldBe(profile, r))
			.toList();
		return possible.isEmpty() ? RecordLookup.none("no record matching on strong evidence or resembling the person")
				: RecordLookup.nearMiss(possible, "a record that may be this person exists; open it to judge");
	}

}
