package org.casebridge.gateway.access.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.gateway.access.DisclosedPerson;
import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Grants;

import org.springframework.stereotype.Component;

/**
 * Finds whether anyone in a person's cases carries the Family Violence Indicator.
 * Agencies flag the person at risk (usually the custodial parent), not the children, so a
 * child's view, or the other parent's, does not show the flag by itself: each of the
 * person's support and welfare cases is looked up at the agency that owns it, which lists
 * every member with their flag. Asked only when the answer would otherwise show a
 * location, only of sources the caller may see; a case that cannot be checked counts as
 * flagged.
 */
@Component
class FamilyViolenceCheck {

	private final CaseMembers members;

	FamilyViolenceCheck(CaseMembers members) {
		this.members = members;
	}

	/**
	 * The protection an answer's fields are decided with. The person's cases are looked
	 * up only when the answer would otherwise show a location the family's flag decides:
	 * a child's own location, or the placements of the children in the view.
	 * @param selected the location field groups the operation asks for below the answer
	 */
	CompletableFuture<Protection> protectionOf(Object answer, Grants grants, Set<FieldGroup> selected) {
		if (!(answer instanceof DisclosedPerson person)) {
			return CompletableFuture.completedFuture(Protection.UNKNOWN);
		}
		Protection own = Protection.ofPerson(person);
		if (own.ownLocation() || !familyDecides(person, grants, selected)) {
			return CompletableFuture.completedFuture(own);
		}
		boolean unverified = false;
		List<CompletableFuture<SourceOutcome<List<PersonRecord>>>> lookups = new ArrayList<>();
		for (Map.Entry<String, Source> entry : cases(person).entrySet()) {
			Source source = entry.getValue();
			if (!grants.maySee(source)) {
				unverified = true;
				continue;
			}
			lookups.add(this.members.of(source, entry.getKey()));
		}
		boolean notAllowed = unverified;
		return CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new)).thenApply((done) -> {
			boolean flagged = false;
			boolean unanswered = false;
			for (CompletableFuture<SourceOutcome<List<PersonRecord>>> lookup : lookups) {
				SourceOutcome<List<PersonRecord>> outcome = lookup.join();
				unanswered |= outcome.value().isEmpty();
				flagged |= outcome.value()
					.map((records) -> records.stream().anyMatch(PersonRecord::familyViolenceIndicator))
					.orElse(false);
			}
			return own.withFamily(person, flagged, notAllowed || unanswered);
		});
	}

	private static boolean familyDecides(DisclosedPerson person, Grants grants, Set<FieldGroup> selected) {
		boolean placements = shown(FieldGroup.PLACEMENT_LOCATION, grants, selected)
				&& person.placements().stream().anyMatch((episode) -> !episode.placements().isEmpty());
		boolean ownLocation = selected.stream()
			.anyMatch((group) -> group != FieldGroup.PLACEMENT_LOCATION && shown(group, grants, selected))
				&& Protection.isChild(person);
		return placements || ownLocation;
	}

	private static boolean shown(FieldGroup group, Grants grants, Set<FieldGroup> selected) {
		return selected.contains(group) && grants.access(group) != FieldAccess.WITHHELD;
	}

	/** The person's support and welfare case numbers, with the source that owns each. */
	private static Map<String, Source> cases(DisclosedPerson person) {
		Map<String, Source> cases = new LinkedHashMap<>();
		for (PersonRecord record : person.subjectRecords()) {
			Source source = record.provenance().source();
			if (source == Source.SUPPORT || source == Source.WELFARE) {
				record.caseNumbers().forEach((number) -> cases.putIfAbsent(number, source));
			}
		}
		person.support().forEach((c) -> cases.putIfAbsent(c.caseNumber(), Source.SUPPORT));
		return cases;
	}

	/** The members of one case, as the agency that owns it lists them. */
	interface CaseMembers {

		CompletableFuture<SourceOutcome<List<PersonRecord>>> of(Source source, String caseNumber);

	}

}
