package org.casebridge.gateway.access.enforcement;

import java.util.Map;

import org.casebridge.connector.Source;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.PersonFacts;

/**
 * What the rules that depend on the person decide, worked out over the whole person
 * before any field is shown, on every request (never cached: a flag set at one agency a
 * minute ago counts now).
 *
 * @param familyViolence some record that is or could be the person, or someone in their
 * cases, carries the Family Violence Indicator (for the audit record; never told to the
 * caller)
 * @param ownLocation the person's own location is withheld: they are or could be flagged,
 * or a child in a case where someone is, or that could not be verified
 * @param childrensLocation the location of the children in the person's cases (their
 * placements) is withheld, for the same reasons; agency free text that may name the cause
 * is withheld with it
 * @param parenthood whether the person is a parent of the child the view is for
 */
record Protection(boolean familyViolence, boolean ownLocation, boolean childrensLocation, Parenthood parenthood) {

	/** An answer not about one person whose flags were read (a search result). */
	static final Protection UNKNOWN = new Protection(false, true, true, Parenthood.NO_CHILD_STATED);

	/** Whether the person's protection withholds a location group. */
	boolean withholds(FieldGroup group) {
		if (group == FieldGroup.PLACEMENT_LOCATION) {
			return this.childrensLocation || this.ownLocation;
		}
		return group.location() && this.ownLocation;
	}

	/**
	 * Whether agency free text (a referral decision's reason) is withheld: whenever any
	 * protection is in force, because such text can name the cause.
	 */
	boolean withholdsFreeText() {
		return this.ownLocation || this.childrensLocation;
	}

	/** Everything protected: the person is or could be flagged, or that is unknown. */
	static Protection whole(boolean flagged, Parenthood parenthood) {
		return new Protection(flagged, true, true, parenthood);
	}

	/**
	 * The person's protection once records that could be them and their family are known.
	 * @param possiblyFlagged a record that could be the person is flagged, or could not
	 * be checked
	 * @param familyFlagged someone in the person's cases is flagged, or a case could not
	 * be checked
	 */
	static Protection of(PersonFacts facts, boolean possiblyFlagged, boolean familyFlagged, Parenthood parenthood) {
		if (possiblyFlagged) {
			return whole(true, parenthood);
		}
		return new Protection(familyFlagged, familyFlagged && isChild(facts), familyFlagged, parenthood);
	}

	/** Whether the person is a child in one of their cases. */
	static boolean isChild(PersonFacts facts) {
		Map<Source, String> ids = facts.recordIds();
		String welfare = ids.get(Source.WELFARE);
		String vitals = ids.get(Source.VITALS);
		String support = ids.get(Source.SUPPORT);
		return (welfare != null && facts.placements().stream().anyMatch((e) -> welfare.equals(e.childAgencyPersonId())))
				|| (vitals != null && facts.paternity()
					.stream()
					.anyMatch((b) -> vitals.equals(b.childAgencyPersonId()) && isMinor(facts, b)))
				|| (support != null && facts.support()
					.stream()
					.flatMap((c) -> c.participants().stream())
					.anyMatch((p) -> support.equals(p.agencyPersonId()) && "CHILD".equals(p.role())));
	}

	/**
	 * A birth record names everyone as a child, adults too (a mother on her own birth
	 * record): only a person with no child of their own on record counts as the child.
	 */
	private static boolean isMinor(PersonFacts facts, org.casebridge.connector.model.PaternityRecord own) {
		String vitals = facts.recordIds().get(Source.VITALS);
		return facts.paternity()
			.stream()
			.noneMatch((b) -> b != own
					&& (vitals.equals(b.motherAgencyPersonId()) || vitals.equals(b.legalFatherAgencyPersonId())));
	}

}
