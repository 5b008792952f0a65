package org.casebridge.gateway.person;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.access.DisclosedPerson;
import org.casebridge.gateway.access.PersonFacts;
import org.casebridge.gateway.search.SearchResult;
import org.casebridge.gateway.search.SourceStatusView;

/**
 * Everything the agencies hold about one person, shaped as the schema's
 * {@code PersonView}: the sections of the agencies the caller asked for, each with how
 * its agency answered ({@code sections}, not in the schema as such), and the
 * {@link PersonFacts} about the whole person that access enforcement decides the
 * person-level rules from.
 */
public record PersonView(String handle, Identity identity, List<SupportCase> support, List<PaternityRecord> paternity,
		List<RemovalEpisode> placements, LocateSection locate, List<SourceStatusView> sources,
		List<SearchResult.CandidateView> possibleMatches, Map<Source, Section> sections,
		PersonFacts facts) implements DisclosedPerson {

	public PersonView {
		support = List.copyOf(support);
		paternity = List.copyOf(paternity);
		placements = List.copyOf(placements);
		sources = List.copyOf(sources);
		possibleMatches = List.copyOf(possibleMatches);
		Map<Source, Section> copy = new EnumMap<>(Source.class);
		copy.putAll(sections);
		sections = Collections.unmodifiableMap(copy);
	}

	/** Identity values as each agency holds them. */
	public record Identity(List<SourcedName> names, List<SourcedDate> datesOfBirth, List<SourcedText> ssns,
			List<SourcedText> sexes, List<SourcedDate> datesOfDeath, List<SearchResult.AgencyRecordView> records) {
	}

	public record SourcedName(String first, String middle, String last, String kind, Provenance provenance) {
	}

	public record SourcedDate(LocalDate value, boolean estimated, Provenance provenance) {
	}

	public record SourcedText(String value, Provenance provenance) {
	}

}
