package org.casebridge.simulator;

/** The situations of {@link JointCase}. */
public enum JointCaseKind {

	/**
	 * A child in care whose ordinary support case still pays the parent the child was
	 * removed from.
	 */
	PAYEE_AFTER_REMOVAL,

	/**
	 * A child in care in a family where someone carries the family violence indicator.
	 */
	CHILD_OF_FLAGGED_PARENT,

	/** A child in care without a legal father. */
	PATERNITY_NOT_ESTABLISHED,

	/** A child in care whose removal episode has no referral decision, or one overdue. */
	REFERRAL_REVIEW_DUE,

	/**
	 * A child in care with a reunification goal whose custodial parent was referred to
	 * child support.
	 */
	REUNIFICATION_REFERRAL,

	/** A child discharged from care whose foster-care support case is still open. */
	DISCHARGE_WITH_FOSTER_CARE_CASE

}
