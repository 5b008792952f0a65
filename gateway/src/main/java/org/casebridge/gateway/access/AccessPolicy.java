package org.casebridge.gateway.access;

/** Resolves an access context into grants under the policy in force. */
public interface AccessPolicy {

	Grants grantsFor(AccessContext context);

}
