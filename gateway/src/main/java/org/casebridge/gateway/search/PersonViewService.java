package org.casebridge.gateway.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.person.PersonHandle;
import org.casebridge.gateway.person.PersonLookup;
import org.casebridge.gateway.source.Connectors;
import org.casebridge.gateway.source.Deadline;
import org.casebridge.gateway.source.SourceCalls;

import org.springframework.stereotype.Service;

/**
 * Opens one person: asks every permitted agency for its details in parallel. An agency
 * the handle has no record for (it holds none, or it did not answer when the person was
 * found) is first searched by the person's identity keys, and only a strong match is
 * used.
 */
@Service
class PersonViewService {

	private final Connectors connectors;

	private final SourceCalls sourceCalls;

	private final SearchProperties properties;

	private final Clock clock;

	PersonViewService(Connectors connectors, SourceCalls sourceCalls, SearchProperties properties, Clock clock) {
		this.connectors = connectors;
		this.sourceCalls = sourceCalls;
		this.properties = properties;
		this.clock = clock;
	}

	CompletableFuture<PersonView> view(String handleText, PersonHandle handle, Grants grants,
			SourceSelection selection) {
		Deadline deadline = Deadline.after(this.properties.deadline(), this.clock);
		Map<Source, CompletableFuture<SourceOutcome<PersonDetails>>> calls = new EnumMap<>(Source.class);
		for (Source source : Source.values()) {
			boolean wanted = selection.includes(source) || FAMILY_VIOLENCE_SOURCES.contains(source);
			if (wanted && grants.maySee(source)) {
				calls.put(source, this.sourceCalls.call(source, deadline, () -> details(source, handle)));
			}
		}
		return CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new))
			.thenApply((done) -> PersonViews.assemble(handleText, selection, calls));
	}

	private CompletableFuture<PersonDetails> details(Source source, PersonHandle handle) {
		String known = handle.records().get(source);
		if (known != null) {
			return this.connectors.get(source).personDetails(known);
		}
		PersonSearch keys = PersonLookup.keysOf(handle);
		if (keys == null) {
			return CompletableFuture.failedFuture(new SourceException.NotFound(source, "no identity keys to search"));
		}
		return this.connectors.get(source).searchPeople(keys).thenCompose((records) -> {
			List<PersonRecord> matches = new ArrayList<>();
			for (PersonRecord record : records) {
				if (PersonLookup.strongMatch(handle, record)) {
					matches.add(record);
				}
			}
			if (matches.size() != 1) {
				return CompletableFuture.failedFuture(new SourceException.NotFound(source,
						matches.isEmpty() ? "no strongly matching record" : "several strongly matching records"));
			}
			return this.connectors.get(source).personDetails(matches.get(0).agencyPersonId());
		});
	}

	/**
	 * The agencies that record the Family Violence Indicator. They are asked on every
	 * view the caller may ask them on, even when the caller selected other agencies,
	 * because the flag is the person's and decides what every other section may show;
	 * what they answer only for that purpose is never part of the view.
	 */
	static final java.util.Set<Source> FAMILY_VIOLENCE_SOURCES = java.util.EnumSet.of(Source.SUPPORT, Source.WELFARE);

	static AgencyData.LocateData emptyLocate() {
		return new AgencyData.LocateData(List.of(), List.of(), List.of(), List.of());
	}

}
