package org.casebridge.gateway.access;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.identity.PersonHandle;

/**
 * What the rules that depend on the person are decided from: the whole person as every
 * agency the rules need answered, whatever agencies the caller asked to be shown. Two
 * requests for the same person that split the agencies differently are decided from the
 * same facts.
 *
 * @param handle the person as opened: their identity keys, from which records that could
 * be them are looked for
 * @param subjects the person's own records, linked on strong evidence, at every agency
 * asked (shown or not), each with its Family Violence Indicator
 * @param support the support cases of those records
 * @param placements the removal episodes of those records
 * @param paternity the births of those records
 * @param states how each agency asked about the person answered; an agency the caller may
 * not see is {@link SourceState#DENIED}, one not asked is absent
 * @param shown the agencies whose data the answer shows
 * @param child the records of the child the view is for, by agency, or null when the
 * caller did not say
 */
public record PersonFacts(PersonHandle handle, List<PersonRecord> subjects, List<SupportCase> support,
		List<RemovalEpisode> placements, List<PaternityRecord> paternity, Map<Source, SourceState> states,
		Set<Source> shown, Map<Source, String> child) {

	public PersonFacts {
		subjects = List.copyOf(subjects);
		support = List.copyOf(support);
		placements = List.copyOf(placements);
		paternity = List.copyOf(paternity);
		Map<Source, SourceState> copy = new EnumMap<>(Source.class);
		copy.putAll(states);
		states = Collections.unmodifiableMap(copy);
		shown = Collections.unmodifiableSet(shown.isEmpty() ? EnumSet.noneOf(Source.class) : EnumSet.copyOf(shown));
		child = (child != null) ? Map.copyOf(child) : null;
	}

	/** The person's own record id at each agency that holds one linked to them. */
	public Map<Source, String> recordIds() {
		Map<Source, String> ids = new EnumMap<>(Source.class);
		for (PersonRecord record : this.subjects) {
			ids.putIfAbsent(record.provenance().source(), record.agencyPersonId());
		}
		return ids;
	}

	/** Whether the agency answered the question about the person (found them or not). */
	public boolean answered(Source source) {
		SourceState state = this.states.get(source);
		return state == SourceState.OK || state == SourceState.NOT_FOUND || state == SourceState.POSSIBLE_MATCH;
	}

}
