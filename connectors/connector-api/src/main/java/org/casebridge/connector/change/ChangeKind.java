package org.casebridge.connector.change;

/** What happened to an agency's record. */
public enum ChangeKind {

	/** A child was removed from home into foster care (child welfare). */
	REMOVAL,

	/** A placement began (child welfare). */
	PLACEMENT_STARTED,

	/** A placement ended (child welfare). */
	PLACEMENT_ENDED,

	/** A child left foster care (child welfare). */
	DISCHARGE,

	/** A parent's rights were terminated (child welfare). */
	PARENTAL_RIGHTS_TERMINATED,

	/** The referral to child support was decided or reviewed (child welfare). */
	REFERRAL_DECIDED,

	/** Paternity was established (vital records). */
	PATERNITY_ESTABLISHED,

	/** A voluntary acknowledgment of paternity was rescinded (vital records). */
	PATERNITY_RESCINDED,

	/** A voluntary acknowledgment of paternity was signed (vital records). */
	VAP_SIGNED,

	/** A support order was established (child support). */
	ORDER_ESTABLISHED,

	/** A support order was modified (child support). */
	ORDER_MODIFIED,

	/** The payee of a case's disbursements changed (child support). */
	PAYEE_CHANGED,

	/** A case was opened (child support or child welfare). */
	CASE_OPENED,

	/** A case was closed (child support or child welfare). */
	CASE_CLOSED,

	/** A new hire was reported for the person (locate). */
	NEW_HIRE,

	/** A new address was reported for the person (locate). */
	ADDRESS_CHANGED,

	/** The person's death was recorded. */
	DEATH_RECORDED

}
