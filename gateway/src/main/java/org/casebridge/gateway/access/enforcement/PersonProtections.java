package org.casebridge.gateway.access.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.access.DisclosedPerson;
import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PersonFacts;
import org.casebridge.gateway.access.PersonRules;
import org.casebridge.gateway.identity.PossibleMatch;

import org.springframework.stereotype.Component;

/**
 * Decides the person-level protections of one answer over every record that could be the
 * person, not only the records identity resolution linked: agencies' identity data is
 * dirty, and a flag on a record that did not link (no SSN, a mistyped one, a maiden name)
 * is still the person's flag.
 *
 * <p>
 * In order: the person's own linked records (flagged, or a flag-holding agency that could
 * not be asked or did not answer: everything is protected, no further call); then, only
 * when the answer would otherwise show a location, each flag-holding agency is searched
 * for every record that {@link PossibleMatch could be} the person, by every identity key
 * their records carry (at most {@value #MAX_SEARCHES} searches an agency; a person who
 * needs more counts as flagged); then the members of every case of those records
 * (agencies flag the parent at risk, not the children). Any flag, failed search or
 * unanswered case restricts.
 */
@Component
class PersonProtections {

	/** Searches for possible matches at one agency, at most. */
	static final int MAX_SEARCHES = 8;

	private final AgencyLookups lookups;

	PersonProtections(AgencyLookups lookups) {
		this.lookups = lookups;
	}

	/**
	 * The protection an answer's fields are decided with.
	 * @param selected what the operation asks for below the answer
	 */
	CompletableFuture<Protection> protectionOf(Object answer, Grants grants, SelectedGroups.Selected selected) {
		return protectionOf(answer, grants, selected, null);
	}

	/**
	 * The protection an answer's fields are decided with, reusing the searches the
	 * operation began early.
	 * @param selected what the operation asks for below the answer
	 * @param early the searches begun for this answer, or null
	 */
	CompletableFuture<Protection> protectionOf(Object answer, Grants grants, SelectedGroups.Selected selected,
			EarlySearches early) {
		if (!(answer instanceof DisclosedPerson person)) {
			return CompletableFuture.completedFuture(Protection.UNKNOWN);
		}
		PersonFacts facts = person.facts();
		Parenthood parenthood = Parenthood.of(facts);
		boolean flagged = facts.subjects().stream().anyMatch(PersonRecord::familyViolenceIndicator);
		boolean unverified = PersonRules.FAMILY_VIOLENCE_SOURCES.stream()
			.anyMatch((source) -> !grants.maySee(source) || !facts.answered(source));
		if (flagged || unverified) {
			return CompletableFuture.completedFuture(Protection.whole(flagged, parenthood));
		}
		Exposure exposure = Exposure.of(facts, grants, selected, parenthood);
		if (!exposure.any()) {
			return CompletableFuture.completedFuture(new Protection(false, false, false, parenthood));
		}
		EarlySearches searches = (early != null) ? early : new EarlySearches(this.lookups, grants);
		boolean familyDecides = exposure.familyDecides(facts);
		if (familyDecides) {
			// the cases of the person's own records are known already: their members are
			// asked beside the searches for records that could be the person
			casesOf(facts, List.of()).forEach((number, source) -> searches.search(source, members(number)));
		}
		return possibleMatches(facts, searches).thenCompose((possible) -> {
			if (possible.restricts()) {
				return CompletableFuture.completedFuture(Protection.whole(true, parenthood));
			}
			if (!familyDecides) {
				return CompletableFuture.completedFuture(new Protection(false, false, false, parenthood));
			}
			return familyFlagged(facts, possible.records(), searches)
				.thenApply((family) -> Protection.of(facts, false, family, parenthood));
		});
	}

	/**
	 * The searches to begin as soon as the person's handle is opened, when the operation
	 * asks for a location the grants could show (what the answer then shows is decided
	 * from the facts); null when there is nothing to begin.
	 * @param forChild whether the operation names the child the person is looked for
	 */
	EarlySearches early(Grants grants, SelectedGroups.Selected selected, boolean forChild) {
		boolean mayShow = false;
		for (FieldGroup group : selected.locations()) {
			boolean ownLocation = group != FieldGroup.PLACEMENT_LOCATION;
			mayShow |= grants.access(group) != FieldAccess.WITHHELD
					&& !(ownLocation && grants.locateLimited() && !forChild);
		}
		mayShow |= selected.freeText() && grants.access(FieldGroup.PLACEMENT_EPISODE) != FieldAccess.WITHHELD;
		return mayShow ? new EarlySearches(this.lookups, grants) : null;
	}

	/** Every record at the flag-holding agencies that could be the person. */
	private CompletableFuture<Possible> possibleMatches(PersonFacts facts, EarlySearches searches) {
		PossibleMatch.Profile profile = PossibleMatch.Profile.of(facts.handle(), facts.subjects());
		List<PersonSearch> criteria = PossibleMatch.searches(profile, MAX_SEARCHES);
		if (criteria == null) {
			return CompletableFuture.completedFuture(Possible.UNKNOWN);
		}
		List<CompletableFuture<SourceOutcome<List<PersonRecord>>>> calls = new ArrayList<>();
		for (Source source : PersonRules.FAMILY_VIOLENCE_SOURCES) {
			criteria.forEach((search) -> calls.add(searches.search(source, search)));
		}
		return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply((done) -> {
			Map<String, PersonRecord> records = new LinkedHashMap<>();
			for (CompletableFuture<SourceOutcome<List<PersonRecord>>> call : calls) {
				SourceOutcome<List<PersonRecord>> outcome = call.join();
				if (outcome.value().isEmpty()) {
					return Possible.UNKNOWN;
				}
				for (PersonRecord record : outcome.value().get()) {
					if (PossibleMatch.couldBe(profile, record)) {
						records.putIfAbsent(record.provenance().source() + ":" + record.agencyPersonId(), record);
					}
				}
			}
			List<PersonRecord> found = List.copyOf(records.values());
			return new Possible(found.stream().anyMatch(PersonRecord::familyViolenceIndicator), found);
		});
	}

	/**
	 * Whether anyone in the cases of the person's records, or of records that could be
	 * theirs, is flagged.
	 */
	private CompletableFuture<Boolean> familyFlagged(PersonFacts facts, List<PersonRecord> possible,
			EarlySearches searches) {
		List<CompletableFuture<SourceOutcome<List<PersonRecord>>>> calls = new ArrayList<>();
		casesOf(facts, possible).forEach((number, source) -> calls.add(searches.search(source, members(number))));
		return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply((done) -> {
			for (CompletableFuture<SourceOutcome<List<PersonRecord>>> call : calls) {
				SourceOutcome<List<PersonRecord>> outcome = call.join();
				if (outcome.value().isEmpty()
						|| outcome.value().get().stream().anyMatch(PersonRecord::familyViolenceIndicator)) {
					return true;
				}
			}
			return false;
		});
	}

	/**
	 * The case numbers of the person's records and of records that could be theirs, at
	 * the flag-holding agencies, with the agency that holds each.
	 */
	private static Map<String, Source> casesOf(PersonFacts facts, List<PersonRecord> possible) {
		Map<String, Source> cases = new LinkedHashMap<>();
		List<PersonRecord> records = new ArrayList<>(facts.subjects());
		records.addAll(possible);
		for (PersonRecord record : records) {
			Source source = record.provenance().source();
			if (PersonRules.FAMILY_VIOLENCE_SOURCES.contains(source)) {
				record.caseNumbers().forEach((number) -> cases.putIfAbsent(number, source));
			}
		}
		facts.support().forEach((c) -> cases.putIfAbsent(c.caseNumber(), Source.SUPPORT));
		return cases;
	}

	/** The search that lists a case's members, each with their flags. */
	private static PersonSearch members(String caseNumber) {
		return new PersonSearch(null, null, null, null, caseNumber);
	}

	/**
	 * Records that could be the person.
	 *
	 * @param restricts one of them is flagged, or the search could not be completed
	 */
	private record Possible(boolean restricts, List<PersonRecord> records) {

		static final Possible UNKNOWN = new Possible(true, List.of());

	}

	/**
	 * Which protected values the answer would show if nothing protected them: a value of
	 * a group the grants show, selected by the operation, from an agency the answer
	 * shows.
	 */
	private record Exposure(boolean ownLocation, boolean childrensLocation) {

		static Exposure of(PersonFacts facts, Grants grants, SelectedGroups.Selected selected, Parenthood parenthood) {
			boolean own = false;
			for (FieldGroup group : selected.locations()) {
				if (group != FieldGroup.PLACEMENT_LOCATION && facts.shown().contains(Source.LOCATE)
						&& grants.access(group) != FieldAccess.WITHHELD
						&& !(grants.locateLimited() && parenthood != Parenthood.PARENT_OF_CHILD)) {
					own = true;
				}
			}
			boolean welfareShown = facts.shown().contains(Source.WELFARE);
			boolean placements = welfareShown && selected.locations().contains(FieldGroup.PLACEMENT_LOCATION)
					&& grants.access(FieldGroup.PLACEMENT_LOCATION) != FieldAccess.WITHHELD;
			boolean freeText = welfareShown && selected.freeText()
					&& grants.access(FieldGroup.PLACEMENT_EPISODE) != FieldAccess.WITHHELD;
			return new Exposure(own, placements || freeText);
		}

		boolean any() {
			return this.ownLocation || this.childrensLocation;
		}

		/** Whether a flag in the person's family changes what the answer shows. */
		boolean familyDecides(PersonFacts facts) {
			return this.childrensLocation || (this.ownLocation && Protection.isChild(facts));
		}

	}

}
