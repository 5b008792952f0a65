package org.casebridge.gateway.access;

/**
 * Why the caller is asking; stated on every search and view [45 CFR 307.13(a)]. Mirrors
 * the schema's {@code PurposeOfUse} enum.
 */
public enum PurposeOfUse {

	ESTABLISH_PATERNITY, ESTABLISH_ORDER, ENFORCE_ORDER, LOCATE_PARENT, LOCATE_PARENT_FOR_PLACEMENT, PLACEMENT_PLANNING,
	CASE_REVIEW, REFERRAL_DECISION;

	/**
	 * Whether the purpose is child welfare's own: locating for it is limited to a parent
	 * or putative father of the child [42 USC 653(a)(2)(A)(iv)].
	 */
	public boolean childWelfare() {
		return this == LOCATE_PARENT_FOR_PLACEMENT || this == PLACEMENT_PLANNING;
	}

}
