package org.casebridge.gateway.access;

import java.util.EnumSet;
import java.util.Set;

import org.casebridge.connector.Source;

/**
 * Which agencies record the facts the person-level rules are decided from, so that a view
 * asks them whatever the caller chose to be shown: a rule that depended on how a client
 * split its requests would hold for one screen and fail for another.
 */
public final class PersonRules {

	/** The agencies that record the Family Violence Indicator. */
	public static final Set<Source> FAMILY_VIOLENCE_SOURCES = Set.copyOf(EnumSet.of(Source.SUPPORT, Source.WELFARE));

	/**
	 * The agencies that record who is a child's parent or putative father: the facts the
	 * limit on locating for child welfare is decided from.
	 */
	public static final Set<Source> PARENTHOOD_SOURCES = Set
		.copyOf(EnumSet.of(Source.SUPPORT, Source.WELFARE, Source.VITALS));

	private PersonRules() {
	}

	/**
	 * Every agency a person view asks: the ones shown, the ones that record the Family
	 * Violence Indicator, and, when locate data is limited to a child's parents and
	 * locate is shown, the ones that record parenthood; each only if the grants allow it
	 * (an agency the caller may not ask leaves its rule's facts unknown, which the rules
	 * treat as restricting).
	 */
	public static Set<Source> contextSources(Grants grants, Set<Source> shown) {
		Set<Source> asked = EnumSet.noneOf(Source.class);
		asked.addAll(shown);
		asked.addAll(FAMILY_VIOLENCE_SOURCES);
		if (grants.locateLimited() && shown.contains(Source.LOCATE)) {
			asked.addAll(PARENTHOOD_SOURCES);
		}
		asked.retainAll(grants.sources());
		return asked;
	}

}
