package org.casebridge.gateway.identitydecision;

/** What a caseworker decided about two candidates. */
public enum IdentityDecisionKind {

	/** One person: their records are shown as one candidate. */
	SAME_PERSON,

	/**
	 * Different people: their records are never shown as one candidate, whatever the
	 * matcher says.
	 */
	NOT_SAME_PERSON

}
