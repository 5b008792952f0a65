package org.casebridge.gateway.audit;

/**
 * The overall outcome of an audited operation.
 */
public enum AuditOutcome {

	/** Everything asked for was answered. */
	SUCCESS,

	/** Answered, but some sources failed or some field groups were withheld. */
	PARTIAL,

	/** Refused by authentication or by the access policy. */
	DENIED,

	/** Refused because the request itself was invalid. */
	INVALID,

	/** Failed inside the gateway. */
	ERROR

}
