package org.casebridge.gateway.identitydecision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import graphql.GraphQLContext;

import org.casebridge.gateway.access.AccessContexts;
import org.casebridge.gateway.access.AccessPolicy;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.audit.AuditCaller;
import org.casebridge.gateway.audit.AuditRequestInterceptor;
import org.casebridge.gateway.graphql.ErrorCode;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.identity.PersonHandles;
import org.casebridge.gateway.identity.RecordDecisions;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code decideIdentity}, {@code reverseIdentityDecision} and {@code identityDecisions}.
 * Everything is checked before anything is stored; a decision or reversal and its audit
 * record are one transaction: if the trail cannot record it, it is not stored.
 */
@Controller
class IdentityDecisionController {

	static final int MAX_REASON = 1000;

	private final IdentityDecisionStore store;

	private final DecisionAudit audit;

	private final PersonHandles handles;

	private final AccessPolicy policy;

	private final TransactionTemplate transaction;

	private final Clock clock;

	IdentityDecisionController(IdentityDecisionStore store, DecisionAudit audit, PersonHandles handles,
			AccessPolicy policy, PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.handles = handles;
		this.policy = policy;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('SUPPORT_WORKER','WELFARE_WORKER','SUPERVISOR')")
	IdentityDecision decideIdentity(@Argument String handle, @Argument String other,
			@Argument IdentityDecisionKind decision, @Argument String reason, @Argument PurposeOfUse purpose,
			Authentication caller, GraphQLContext context) {
		String given = reason(reason, "A decision");
		this.policy.grantsFor(AccessContexts.of(caller, purpose));
		PersonHandle one = this.handles.open(handle);
		PersonHandle two = this.handles.open(other);
		List<IdentityDecision.RecordRef> side = refs(one);
		List<IdentityDecision.RecordRef> otherSide = refs(two);
		Set<String> sideKeys = keys(side);
		Set<String> otherKeys = keys(otherSide);
		if (sideKeys.isEmpty() || otherKeys.isEmpty() || sideKeys.stream().anyMatch(otherKeys::contains)) {
			throw new IdentityDecisionException(ErrorCode.BAD_REQUEST,
					"A decision is about two different candidates from a search.");
		}
		if (decision == IdentityDecisionKind.SAME_PERSON) {
			refuseJoin(one, two, sideKeys, otherKeys);
		}
		IdentityDecision decided = new IdentityDecision(UUID.randomUUID().toString(), decision, side, otherSide, given,
				caller.getName(), this.clock.instant(), purpose.name(), null);
		AuditCaller auditCaller = AuditCaller.of(caller);
		this.transaction.executeWithoutResult((status) -> {
			this.store.insert(decided, auditCaller.roles());
			this.audit.decided(auditCaller, context.get(AuditRequestInterceptor.CLIENT_ADDRESS), decided, one, two);
		});
		return decided;
	}

	@MutationMapping
	@PreAuthorize("hasRole('SUPERVISOR')")
	IdentityDecision reverseIdentityDecision(@Argument String id, @Argument String reason,
			@Argument PurposeOfUse purpose, Authentication caller, GraphQLContext context) {
		String given = reason(reason, "A reversal");
		this.policy.grantsFor(AccessContexts.of(caller, purpose));
		IdentityDecision decision = (id != null && id.length() <= 36) ? this.store.find(id).orElse(null) : null;
		if (decision == null) {
			throw new IdentityDecisionException(ErrorCode.NOT_FOUND, "No such identity decision.");
		}
		if (!decision.inForce()) {
			throw new IdentityDecisionException(ErrorCode.BAD_REQUEST, "The decision was already reversed.");
		}
		IdentityDecision.Reversal reversal = new IdentityDecision.Reversal(given, caller.getName(),
				this.clock.instant());
		AuditCaller auditCaller = AuditCaller.of(caller);
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.store.reverse(decision.id(), given, reversal.reversedBy(), reversal.reversedAt());
				this.audit.reversed(auditCaller, context.get(AuditRequestInterceptor.CLIENT_ADDRESS), decision);
			});
		}
		catch (DuplicateKeyException ex) {
			throw new IdentityDecisionException(ErrorCode.BAD_REQUEST, "The decision was already reversed.");
		}
		return new IdentityDecision(decision.id(), decision.decision(), decision.records(), decision.otherRecords(),
				decision.reason(), decision.decidedBy(), decision.decidedAt(), decision.purpose(), reversal);
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('SUPPORT_WORKER','WELFARE_WORKER','SUPERVISOR','AUDITOR')")
	List<IdentityDecision> identityDecisions(@Argument String handle, @Argument PurposeOfUse purpose,
			Authentication caller, GraphQLContext context) {
		this.policy.grantsFor(AccessContexts.of(caller, purpose));
		PersonHandle opened = this.handles.open(handle);
		List<IdentityDecision> decisions = this.store.about(keys(refs(opened)));
		this.audit.read(AuditCaller.of(caller), context.get(AuditRequestInterceptor.CLIENT_ADDRESS), purpose.name(),
				opened, decisions);
		return decisions;
	}

	@SchemaMapping(typeName = "IdentityDecision")
	boolean inForce(IdentityDecision decision) {
		return decision.inForce();
	}

	/**
	 * "Same person" never joins two SSNs (twins' consecutive numbers; a victim's old and
	 * new number) and never overrides a "not the same person" in force.
	 */
	private void refuseJoin(PersonHandle one, PersonHandle two, Set<String> sideKeys, Set<String> otherKeys) {
		if (one.ssn() != null && two.ssn() != null && !one.ssn().equals(two.ssn())) {
			throw new IdentityDecisionException(ErrorCode.BAD_REQUEST,
					"The candidates carry different SSNs; records with different SSNs are never one candidate.",
					IdentityDecisionException.SSN_CONFLICT);
		}
		List<RecordDecisions.Decided> inForce = new ArrayList<>(this.store.inForceAmong(sideKeys));
		if (RecordDecisions.of(inForce).apart(sideKeys, otherKeys)) {
			throw new IdentityDecisionException(ErrorCode.BAD_REQUEST,
					"A caseworker recorded that these are not the same person; a supervisor must reverse that first.",
					IdentityDecisionException.NOT_SAME_PERSON_IN_FORCE);
		}
	}

	private static String reason(String reason, String what) {
		String given = (reason != null) ? reason.strip() : "";
		if (given.isEmpty() || given.length() > MAX_REASON) {
			throw new IdentityDecisionException(ErrorCode.BAD_REQUEST,
					what + " needs a reason of 1 to " + MAX_REASON + " characters.");
		}
		return given;
	}

	private static List<IdentityDecision.RecordRef> refs(PersonHandle handle) {
		List<IdentityDecision.RecordRef> refs = new ArrayList<>();
		handle.records().forEach((source, id) -> refs.add(new IdentityDecision.RecordRef(source, id)));
		refs.sort(java.util.Comparator.comparing(IdentityDecision.RecordRef::key));
		return refs;
	}

	private static Set<String> keys(List<IdentityDecision.RecordRef> refs) {
		Set<String> keys = new HashSet<>();
		refs.forEach((r) -> keys.add(r.key()));
		return keys;
	}

}
