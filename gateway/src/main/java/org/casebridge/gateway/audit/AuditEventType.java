package org.casebridge.gateway.audit;

/**
 * What happened, as recorded in the audit trail.
 */
public enum AuditEventType {

	/** A person search that may have disclosed candidates. */
	PERSON_SEARCH,

	/** A person view that may have disclosed agency data. */
	PERSON_VIEW,

	/**
	 * A security officer previewed how a role's access would be decided (for a person,
	 * and under an unsaved change): recorded apart from searches and views, with the
	 * person it was about, so "who looked at this person" finds it.
	 */
	POLICY_PREVIEW,

	/**
	 * A caller's person views looked like browsing (many different people in an hour, or
	 * one person over and over); the detail says which and the threshold.
	 */
	BULK_ACCESS_SUSPECTED,

	/** A request refused by the access policy. */
	ACCESS_DENIED,

	/** A failed login or a rejected bearer token. */
	AUTHENTICATION_FAILED,

	/** A security officer changed roles, field access or purposes. */
	POLICY_CHANGED,

	/** An auditor or security officer read the audit trail. */
	AUDIT_QUERY,

	/** A joint-case alert was raised for a worker. */
	ALERT_CREATED,

	/** A joint-case alert was pushed to a worker's live subscription. */
	ALERT_DELIVERED,

	/** A worker read their joint-case alerts. */
	ALERT_READ,

	/** A worker acknowledged a joint-case alert. */
	ALERT_ACKNOWLEDGED,

	/** A worker dismissed a joint-case alert, with a reason. */
	ALERT_DISMISSED,

	/**
	 * A caseworker recorded that two candidates are, or are not, the same person, with a
	 * reason; the record names the agency records on both sides.
	 */
	IDENTITY_DECIDED,

	/** A supervisor reversed a caseworker's identity decision, with a reason. */
	IDENTITY_DECISION_REVERSED,

	/** A caseworker, supervisor or auditor read the identity decisions about a person. */
	IDENTITY_DECISIONS_READ,

	/**
	 * A change in an agency's feed refused: not signed by the agency, or unreadable.
	 */
	CHANGE_REFUSED

}
