package org.casebridge.gateway.access;

/**
 * Told of every committed policy change, after the commit, on the replica that made it
 * (the audit trail records it). A listener that fails does not undo the change.
 */
public interface PolicyChangeListener {

	void policyChanged(PolicyChange change);

}
