package org.casebridge.gateway.search;

import java.time.LocalDate;
import java.util.List;

import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.access.DisclosedPerson;

/**
 * Everything the agencies hold about one person, shaped as the schema's
 * {@code PersonView}; {@code subjectRecords} (not in the schema) are the person's own
 * records, from which access enforcement reads the person's protections.
 */
public record PersonView(String handle, Identity identity, List<SupportCase> support, List<PaternityRecord> paternity,
		List<RemovalEpisode> placements, AgencyData.LocateData locate, List<SourceStatusView> sources,
		List<PersonRecord> subjectRecords, boolean familyViolenceUnverified) implements DisclosedPerson {

	public PersonView {
		subjectRecords = List.copyOf(subjectRecords);
		support = List.copyOf(support);
		paternity = List.copyOf(paternity);
		placements = List.copyOf(placements);
		sources = List.copyOf(sources);
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
