package org.casebridge.gateway.audit;

import java.util.List;

import org.casebridge.gateway.access.PolicyChange;
import org.casebridge.gateway.access.PolicyChangeListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records every policy change in the audit trail before it is stored. The record names
 * the officer and the new version; what changed and why stay in the policy's own history,
 * which the record points to.
 */
@Component
class PolicyChangeAuditor implements PolicyChangeListener {

	private final AuditTrail trail;

	PolicyChangeAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void policyChanged(PolicyChange change) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		AuditCaller who = (caller != null) ? AuditCaller.of(caller) : new AuditCaller(null, List.of(), null);
		this.trail.record(new AuditEvent(AuditEventType.POLICY_CHANGED, null,
				new AuditCaller(change.actor(), who.roles(), who.clientId()), null, "policy change", null, null,
				AuditOutcome.SUCCESS, "policy version " + change.version()));
	}

}
