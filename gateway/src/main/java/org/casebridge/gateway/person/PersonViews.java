package org.casebridge.gateway.person;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PersonFacts;
import org.casebridge.gateway.identity.IdentityResolver;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.identity.PersonLookup;
import org.casebridge.gateway.search.CandidateViews;
import org.casebridge.gateway.search.PersonNames;
import org.casebridge.gateway.search.SearchResult;
import org.casebridge.gateway.search.SourceSelection;
import org.casebridge.gateway.search.SourceStatusView;

import org.springframework.stereotype.Component;

/**
 * Puts the agencies' answers about one person into one view: the sections of the agencies
 * the caller asked for, and the facts about the whole person from every agency asked.
 */
@Component
class PersonViews {

	private static final AgencyData.LocateData NO_LOCATE = new AgencyData.LocateData(List.of(), List.of(), List.of(),
			List.of());

	private final IdentityResolver resolver;

	private final CandidateViews candidates;

	PersonViews(IdentityResolver resolver, CandidateViews candidates) {
		this.resolver = resolver;
		this.candidates = candidates;
	}

	PersonView assemble(String handleText, PersonHandle handle, Grants grants, SourceSelection selection,
			Map<Source, CompletableFuture<SourceOutcome<RecordLookup>>> calls, Map<Source, String> child) {
		// the whole person, from every agency asked; and what the answer shows
		Collected facts = new Collected();
		Collected shown = new Collected();
		Map<Source, SourceState> states = new EnumMap<>(Source.class);
		Map<Source, Section> sections = new EnumMap<>(Source.class);
		List<SourceStatusView> sources = new ArrayList<>();
		List<PersonRecord> possible = new ArrayList<>();
		for (Source source : Source.values()) {
			CompletableFuture<SourceOutcome<RecordLookup>> call = calls.get(source);
			SourceOutcome<RecordLookup> outcome = (call != null) ? call.join() : null;
			RecordLookup lookup = (outcome != null) ? outcome.value().orElse(null) : null;
			// an agency permitted but not needed for this view was not asked: no state at
			// all
			SourceStatusView status = (outcome != null) ? status(source, outcome)
					: (grants.maySee(source) ? null : SourceStatusView.denied(source));
			if (status != null) {
				states.put(source, status.state());
			}
			PersonDetails details = (lookup != null) ? lookup.details() : null;
			if (details != null) {
				facts.add(details);
			}
			if (!selection.includes(source)) {
				sections.put(source, Section.notRequested(source));
				continue;
			}
			sources.add(status);
			sections.put(source, Section.of(status));
			if (details != null) {
				shown.add(details);
			}
			if (lookup != null) {
				possible.addAll(lookup.possible());
			}
		}
		Set<Source> shownSources = EnumSet.noneOf(Source.class);
		sections.forEach((source, section) -> {
			if (section.answered()) {
				shownSources.add(source);
			}
		});
		PersonFacts personFacts = new PersonFacts(handle, facts.people, facts.support, facts.placements,
				facts.paternity, states, shownSources, child);
		List<SearchResult.CandidateView> possibleMatches = this.resolver.resolve(possible, PersonLookup.keysOf(handle))
			.stream()
			.map(this.candidates::of)
			.toList();
		return new PersonView(handleText, identity(shown.people), shown.support, shown.paternity, shown.placements,
				new LocateSection(shown.locate, sections.get(Source.LOCATE)), sources, possibleMatches, sections,
				personFacts);
	}

	private static SourceStatusView status(Source source, SourceOutcome<RecordLookup> outcome) {
		if (outcome.value().isEmpty()) {
			return SourceStatusView.of(outcome);
		}
		RecordLookup lookup = outcome.value().get();
		SourceState state = (lookup.details() != null) ? SourceState.OK
				: (lookup.possible().isEmpty() ? SourceState.NOT_FOUND : SourceState.POSSIBLE_MATCH);
		return new SourceStatusView(source, state, lookup.reason(), outcome.latency().toMillis(), outcome.attempts());
	}

	/** Agencies' answers about the person, gathered by kind. */
	private static final class Collected {

		final List<PersonRecord> people = new ArrayList<>();

		final List<SupportCase> support = new ArrayList<>();

		final List<RemovalEpisode> placements = new ArrayList<>();

		final List<PaternityRecord> paternity = new ArrayList<>();

		AgencyData.LocateData locate = NO_LOCATE;

		void add(PersonDetails details) {
			this.people.add(details.person());
			if (details.data() instanceof AgencyData.SupportData data) {
				this.support.addAll(data.cases());
			}
			else if (details.data() instanceof AgencyData.WelfareData data) {
				this.placements.addAll(data.episodes());
			}
			else if (details.data() instanceof AgencyData.VitalsData data) {
				this.paternity.addAll(data.paternity());
			}
			else if (details.data() instanceof AgencyData.LocateData data) {
				this.locate = data;
			}
		}

	}

	private static PersonView.Identity identity(List<PersonRecord> people) {
		List<PersonView.SourcedName> names = new ArrayList<>();
		List<PersonView.SourcedDate> births = new ArrayList<>();
		List<PersonView.SourcedText> ssns = new ArrayList<>();
		List<PersonView.SourcedText> sexes = new ArrayList<>();
		List<PersonView.SourcedDate> deaths = new ArrayList<>();
		List<SearchResult.AgencyRecordView> records = new ArrayList<>();
		for (PersonRecord person : people) {
			for (PersonName name : person.names()) {
				names.add(new PersonView.SourcedName(name.first(), name.middle(), name.last(), name.kind().name(),
						person.provenance()));
			}
			if (person.dateOfBirth() != null) {
				births.add(new PersonView.SourcedDate(person.dateOfBirth(), person.dateOfBirthEstimated(),
						person.provenance()));
			}
			if (person.ssn() != null) {
				ssns.add(new PersonView.SourcedText(person.ssn(), person.provenance()));
			}
			if (person.sex() != null) {
				sexes.add(new PersonView.SourcedText(person.sex().name(), person.provenance()));
			}
			if (person.dateOfDeath() != null) {
				deaths.add(new PersonView.SourcedDate(person.dateOfDeath(), false, person.provenance()));
			}
			records.add(new SearchResult.AgencyRecordView(person.provenance(), PersonNames.display(person),
					person.dateOfBirth(), person.dateOfBirthEstimated(), List.of(), 1.0, List.of(), List.of()));
		}
		return new PersonView.Identity(names, births, ssns, sexes, deaths, records);
	}

}
