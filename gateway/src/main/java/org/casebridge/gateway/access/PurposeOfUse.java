package org.casebridge.gateway.access;

/** Why the caller is asking; stated on every search and view [45 CFR 307.13(a)]. */
public enum PurposeOfUse {

	ESTABLISH_PATERNITY, ESTABLISH_ORDER, ENFORCE_ORDER, LOCATE_PARENT, LOCATE_PARENT_FOR_PLACEMENT, PLACEMENT_PLANNING,
	CASE_REVIEW, REFERRAL_DECISION

}
