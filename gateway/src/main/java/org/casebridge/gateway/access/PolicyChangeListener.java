package org.casebridge.gateway.access;

/**
 * Told of every policy change on the replica that makes it, after the change passed its
 * checks and just before it is stored (the audit trail records it). A listener that
 * throws stops the change: nothing is stored. A change can still fail after it was
 * announced (a concurrent edit), so a record of it means "attempted with these contents",
 * and the policy history says what was applied.
 */
public interface PolicyChangeListener {

	void policyChanged(PolicyChange change);

}
