package org.casebridge.gateway.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.model.AgencyData;
import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;

/** Puts the agencies' answers about one person into one view. */
final class PersonViews {

	private PersonViews() {
	}

	static PersonView assemble(String handle, SourceSelection selection,
			Map<Source, CompletableFuture<SourceOutcome<PersonDetails>>> calls) {
		List<PersonRecord> people = new ArrayList<>();
		List<SupportCase> support = new ArrayList<>();
		List<PaternityRecord> paternity = new ArrayList<>();
		List<RemovalEpisode> placements = new ArrayList<>();
		AgencyData.LocateData locate = PersonViewService.emptyLocate();
		List<SourceStatusView> sources = new ArrayList<>();
		List<PersonRecord> subjects = new ArrayList<>();
		boolean familyViolenceUnverified = false;
		for (Source source : PersonViewService.FAMILY_VIOLENCE_SOURCES) {
			CompletableFuture<SourceOutcome<PersonDetails>> call = calls.get(source);
			SourceState state = (call != null) ? call.join().state() : SourceState.DENIED;
			familyViolenceUnverified |= (state != SourceState.OK && state != SourceState.NOT_FOUND);
			if (call != null) {
				call.join().value().ifPresent((details) -> subjects.add(details.person()));
			}
		}
		for (Source source : selection.sources()) {
			CompletableFuture<SourceOutcome<PersonDetails>> call = calls.get(source);
			if (call == null) {
				sources.add(SourceStatusView.denied(source));
				continue;
			}
			SourceOutcome<PersonDetails> outcome = call.join();
			sources.add(SourceStatusView.of(outcome));
			if (outcome.value().isEmpty()) {
				continue;
			}
			PersonDetails details = outcome.value().get();
			people.add(details.person());
			if (!PersonViewService.FAMILY_VIOLENCE_SOURCES.contains(source)) {
				subjects.add(details.person());
			}
			AgencyData data = details.data();
			if (data instanceof AgencyData.SupportData supportData) {
				support.addAll(supportData.cases());
			}
			else if (data instanceof AgencyData.WelfareData welfareData) {
				placements.addAll(welfareData.episodes());
			}
			else if (data instanceof AgencyData.VitalsData vitalsData) {
				paternity.addAll(vitalsData.paternity());
			}
			else if (data instanceof AgencyData.LocateData locateData) {
				locate = locateData;
			}
		}
		return new PersonView(handle, identity(people), support, paternity, placements, locate, sources, subjects,
				familyViolenceUnverified);
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
					person.dateOfBirth(), person.dateOfBirthEstimated(), List.of(), 1.0));
		}
		return new PersonView.Identity(names, births, ssns, sexes, deaths, records);
	}

}
