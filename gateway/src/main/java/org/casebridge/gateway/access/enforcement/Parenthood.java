package org.casebridge.gateway.access.enforcement;

import java.util.Map;
import java.util.Set;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.access.PersonFacts;

/**
 * Whether the person has, or may have, parental rights over the child a view is for: the
 * condition for locating them for child welfare [42 USC 653(a)(2)(A)(iv), (c)(4)]. A
 * grandmother is a mother on her own children's birth records and still not a parent of
 * the child being placed, so the answer is always about one named child.
 */
enum Parenthood {

	/** The sources record the person as a parent or putative father of the child. */
	PARENT_OF_CHILD,

	/** The caller did not say which child the view is for. */
	NO_CHILD_STATED,

	/** No source records the person as a parent or putative father of the child. */
	NOT_A_PARENT_OF_CHILD;

	private static final Set<String> SUPPORT_PARENT_ROLES = Set.of("NONCUSTODIAL_PARENT", "ALLEGED_FATHER");

	/**
	 * Decided from the person's strongly linked records only: a permission is never
	 * granted on a record that merely could be the person.
	 */
	static Parenthood of(PersonFacts facts) {
		if (facts.child() == null) {
			return NO_CHILD_STATED;
		}
		Map<Source, String> person = facts.recordIds();
		Map<Source, String> child = facts.child();
		return (byWelfare(facts, person.get(Source.WELFARE), child.get(Source.WELFARE))
				|| byVitals(facts, person.get(Source.VITALS), child.get(Source.VITALS))
				|| bySupport(facts, person.get(Source.SUPPORT), child.get(Source.SUPPORT))) ? PARENT_OF_CHILD
						: NOT_A_PARENT_OF_CHILD;
	}

	private static boolean byWelfare(PersonFacts facts, String parent, String child) {
		if (parent == null || child == null) {
			return false;
		}
		for (RemovalEpisode episode : facts.placements()) {
			if (child.equals(episode.childAgencyPersonId())
					&& episode.parents().stream().anyMatch((link) -> parent.equals(link.agencyPersonId()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean byVitals(PersonFacts facts, String parent, String child) {
		if (parent == null || child == null) {
			return false;
		}
		for (PaternityRecord birth : facts.paternity()) {
			if (child.equals(birth.childAgencyPersonId()) && (parent.equals(birth.motherAgencyPersonId())
					|| parent.equals(birth.legalFatherAgencyPersonId())
					|| birth.allegedFathers().stream().anyMatch((man) -> parent.equals(man.agencyPersonId())))) {
				return true;
			}
		}
		return false;
	}

	private static boolean bySupport(PersonFacts facts, String parent, String child) {
		if (parent == null || child == null) {
			return false;
		}
		for (SupportCase supportCase : facts.support()) {
			boolean childOnCase = supportCase.participants()
				.stream()
				.anyMatch((p) -> child.equals(p.agencyPersonId()) && "CHILD".equals(p.role()));
			boolean parentOnCase = supportCase.participants()
				.stream()
				.anyMatch((p) -> parent.equals(p.agencyPersonId()) && SUPPORT_PARENT_ROLES.contains(p.role()));
			if (childOnCase && parentOnCase) {
				return true;
			}
		}
		return false;
	}

}
