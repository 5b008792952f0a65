package org.casebridge.gateway.audit;

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
		AuditEvent.Builder event = AuditEvent.builder(AuditEventType.POLICY_CHANGED, AuditOutcome.SUCCESS)
			.subject(change.actor())
			.operationName("policy change")
			.detail("policy version " + change.version());
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller != null) {
			AuditCaller who = AuditCaller.of(caller);
			event.roles(who.roles()).clientId(who.clientId());
		}
		this.trail.record(event.build());
	}

}
