package org.casebridge.gateway.identitydecision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casebridge.gateway.audit.AuditCaller;
import org.casebridge.gateway.audit.AuditCriteria;
import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.audit.AuditEventType;
import org.casebridge.gateway.audit.AuditOutcome;
import org.casebridge.gateway.audit.AuditTrail;
import org.casebridge.gateway.disclosure.Disclosed;
import org.casebridge.gateway.disclosure.PersonKey;
import org.casebridge.gateway.identity.PersonHandle;

import org.springframework.stereotype.Component;

/**
 * Records decisions, reversals and readings in the audit trail, each as its own event
 * type, naming the agency records on both sides and the people's identity keys (as keyed
 * hashes), so that "who did what about this person" finds them. Never the reason: it is
 * the caseworker's free text and stays with the decision.
 */
@Component
class DecisionAudit {

	private final AuditTrail trail;

	private final AuditCriteria criteria;

	DecisionAudit(AuditTrail trail, AuditCriteria criteria) {
		this.trail = trail;
		this.criteria = criteria;
	}

	/**
	 * Waits for the record: called on the request thread, inside the decision's
	 * transaction.
	 */
	void decided(AuditCaller caller, String clientAddress, IdentityDecision decision, PersonHandle one,
			PersonHandle other) {
		Set<PersonKey> people = new LinkedHashSet<>();
		keysOf(one, people);
		keysOf(other, people);
		record(AuditEventType.IDENTITY_DECIDED, caller, clientAddress, "decideIdentity", decision, people,
				"decision " + decision.id() + " " + decision.decision().name());
	}

	void reversed(AuditCaller caller, String clientAddress, IdentityDecision decision) {
		record(AuditEventType.IDENTITY_DECISION_REVERSED, caller, clientAddress, "reverseIdentityDecision", decision,
				new LinkedHashSet<>(), "reversal of decision " + decision.id());
	}

	void read(AuditCaller caller, String clientAddress, String purpose, PersonHandle handle,
			List<IdentityDecision> decisions) {
		Set<PersonKey> people = new LinkedHashSet<>();
		keysOf(handle, people);
		List<String> records = new ArrayList<>();
		handle.records().forEach((source, id) -> records.add(source.id() + ":" + id));
		this.trail.record(new AuditEvent(AuditEventType.IDENTITY_DECISIONS_READ, Instant.now(), caller, clientAddress,
				"identityDecisions", null,
				new Disclosed(purpose, null, null, records, hashed(people), null, null, false, false, null),
				AuditOutcome.SUCCESS, "decisions " + decisions.size()));
	}

	private void record(AuditEventType type, AuditCaller caller, String clientAddress, String operation,
			IdentityDecision decision, Set<PersonKey> people, String detail) {
		List<String> records = new ArrayList<>();
		decision.records().forEach((r) -> records.add(r.key()));
		decision.otherRecords().forEach((r) -> records.add(r.key()));
		records.forEach((key) -> {
			int colon = key.indexOf(':');
			people.add(PersonKey.agencyRecord(key.substring(0, colon), key.substring(colon + 1)));
		});
		this.trail.record(new AuditEvent(type, Instant.now(), caller, clientAddress, operation, null,
				new Disclosed(decision.purpose(), null, null, records, hashed(people), null, null, false, false, null),
				AuditOutcome.SUCCESS, detail));
	}

	private List<String> hashed(Set<PersonKey> people) {
		return people.stream().map(this.criteria::hashPersonKey).distinct().toList();
	}

	private static void keysOf(PersonHandle handle, Set<PersonKey> keys) {
		handle.records().forEach((source, id) -> keys.add(PersonKey.agencyRecord(source.id(), id)));
		PersonKey.ssn(handle.ssn()).ifPresent(keys::add);
		PersonKey.nameAndDateOfBirth(handle.lastName(), handle.firstName(), handle.dateOfBirth()).ifPresent(keys::add);
	}

}
