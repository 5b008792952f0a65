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
import org.casebridge.gateway.access.FieldGroup;

/**
 * What the rules that depend on the person decide from, worked out over the whole view
 * before any field is shown, on every request (never cached: a flag set at one agency a
 * minute ago counts now).
 *
 * @param familyViolence some agency flags the person, or someone in their cases, with the
 * Family Violence Indicator
 * @param ownLocation the person's own location is withheld: they are flagged, or a child
 * in a case where someone is, or that could not be verified
 * @param childrensLocation the location of the children in the person's cases (their
 * placements) is withheld, for the same reasons
 * @param parent the person is a parent or (putative, alleged) father of a child at some
 * source, so locating them for child welfare is allowed
 */
record Protection(boolean familyViolence, boolean ownLocation, boolean childrensLocation, boolean parent) {

	/** An answer not about one person whose flags were read (a search result). */
	static final Protection UNKNOWN = new Protection(false, true, true, false);

	private static final Set<String> SUPPORT_PARENT_ROLES = Set.of("NONCUSTODIAL_PARENT", "ALLEGED_FATHER");

	/** Whether the person's protection withholds a location group. */
	boolean withholds(FieldGroup group) {
		if (group == FieldGroup.PLACEMENT_LOCATION) {
			return this.childrensLocation || this.ownLocation;
		}
		return group.location() && this.ownLocation;
	}

	/** The person's own flags only, before their family's are known. */
	static Protection ofPerson(DisclosedPerson person) {
		boolean flagged = person.subjectRecords().stream().anyMatch(PersonRecord::familyViolenceIndicator);
		boolean protect = flagged || person.familyViolenceUnverified();
		return new Protection(flagged, protect, protect, isParent(person, ids(person)));
	}

	/**
	 * The person's protection once their family is known.
	 * @param familyFlagged someone in the person's cases is flagged
	 * @param unverified some case could not be checked (source not permitted or not
	 * answering): treated as flagged, never as clear
	 */
	Protection withFamily(DisclosedPerson person, boolean familyFlagged, boolean unverified) {
		boolean protect = familyFlagged || unverified;
		boolean own = this.ownLocation || (protect && isChild(person, ids(person)));
		return new Protection(this.familyViolence || familyFlagged, own, this.childrensLocation || protect,
				this.parent);
	}

	private static Map<Source, String> ids(DisclosedPerson person) {
		Map<Source, String> ids = new EnumMap<>(Source.class);
		for (PersonRecord record : person.subjectRecords()) {
			ids.put(record.provenance().source(), record.agencyPersonId());
		}
		return ids;
	}

	/** Whether the person is a child in one of the cases their view shows. */
	static boolean isChild(DisclosedPerson person) {
		return isChild(person, ids(person));
	}

	private static boolean isChild(DisclosedPerson person, Map<Source, String> ids) {
		String welfare = ids.get(Source.WELFARE);
		String vitals = ids.get(Source.VITALS);
		String support = ids.get(Source.SUPPORT);
		return (welfare != null
				&& person.placements().stream().anyMatch((e) -> welfare.equals(e.childAgencyPersonId())))
				|| (vitals != null
						&& person.paternity().stream().anyMatch((b) -> vitals.equals(b.childAgencyPersonId())))
				|| (support != null && person.support()
					.stream()
					.flatMap((c) -> c.participants().stream())
					.anyMatch((p) -> support.equals(p.agencyPersonId()) && "CHILD".equals(p.role())));
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
