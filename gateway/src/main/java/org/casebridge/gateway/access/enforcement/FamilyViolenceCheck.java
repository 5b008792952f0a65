package org.casebridge.gateway.access.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
	 * The protection an answer's fields are decided with.
	 * @param locationSelected whether the operation asks for any location field below it
	 */
	CompletableFuture<Protection> protectionOf(Object answer, Grants grants, boolean locationSelected) {
		if (!(answer instanceof DisclosedPerson person)) {
			return CompletableFuture.completedFuture(Protection.UNKNOWN);
		}
		Protection own = Protection.ofPerson(person);
		if (own.ownLocation() || !locationSelected || !anyLocationGranted(grants)) {
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

	private static boolean anyLocationGranted(Grants grants) {
		for (FieldGroup group : FieldGroup.values()) {
			if (group.location() && grants.access(group) != FieldAccess.WITHHELD) {
				return true;
			}
		}
		return false;
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
