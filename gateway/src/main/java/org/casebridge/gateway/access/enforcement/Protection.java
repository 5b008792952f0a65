package org.casebridge.gateway.access.enforcement;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.access.DisclosedPerson;

/**
 * What the rules that depend on the person decide from, worked out over the whole view
 * before any field is shown, on every request (never cached: a flag set at one agency a
 * minute ago counts now).
 *
 * @param familyViolence the person carries the Family Violence Indicator at some source:
 * their location, and that of the children in their cases shown in their view, is
 * withheld
 * @param locationUnknown the answer is not about one person whose flags were read (a
 * search result): location is withheld, as nothing proves it may be shown
 * @param parent the person is a parent or (putative, alleged) father of a child at some
 * source, so locating them for child welfare is allowed
 */
record Protection(boolean familyViolence, boolean locationUnknown, boolean parent) {

	static final Protection UNKNOWN = new Protection(false, true, false);

	private static final Set<String> SUPPORT_PARENT_ROLES = Set.of("NONCUSTODIAL_PARENT", "ALLEGED_FATHER");

	boolean locationProtected() {
		return this.familyViolence || this.locationUnknown;
	}

	static Protection of(Object answer) {
		return (answer instanceof DisclosedPerson person) ? assess(person) : UNKNOWN;
	}

	static Protection assess(DisclosedPerson person) {
		boolean flagged = false;
		Map<Source, String> ids = new EnumMap<>(Source.class);
		for (PersonRecord record : person.subjectRecords()) {
			flagged |= record.familyViolenceIndicator();
			ids.put(record.provenance().source(), record.agencyPersonId());
		}
		return new Protection(flagged, false, isParent(person, ids));
	}

	private static boolean isParent(DisclosedPerson person, Map<Source, String> ids) {
		String welfare = ids.get(Source.WELFARE);
		if (welfare != null) {
			for (RemovalEpisode episode : person.placements()) {
				if (episode.parents().stream().anyMatch((p) -> welfare.equals(p.agencyPersonId()))) {
					return true;
				}
			}
		}
		String vitals = ids.get(Source.VITALS);
		if (vitals != null) {
			for (PaternityRecord birth : person.paternity()) {
				if (vitals.equals(birth.motherAgencyPersonId()) || vitals.equals(birth.legalFatherAgencyPersonId())
						|| birth.allegedFathers().stream().anyMatch((f) -> vitals.equals(f.agencyPersonId()))) {
					return true;
				}
			}
		}
		String support = ids.get(Source.SUPPORT);
		if (support != null) {
			for (SupportCase supportCase : person.support()) {
				if (supportCase.participants()
					.stream()
					.anyMatch((p) -> support.equals(p.agencyPersonId()) && SUPPORT_PARENT_ROLES.contains(p.role()))) {
					return true;
				}
			}
		}
		return false;
	}

}
