package org.casebridge.gateway.access;

/** Resolves an access context into grants under the policy in force. */
public interface AccessPolicy {

	/**
	 * The grants for the caller's roles and stated purpose.
	 * @throws PurposeNotPermittedException if none of the caller's roles may use the
	 * purpose (or the caller has no recognised role); nothing may be asked then
	 */
	Grants grantsFor(AccessContext context);

}
