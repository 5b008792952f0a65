package org.casebridge.gateway.access.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.casebridge.gateway.access.AccessContexts;
import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PolicyPreview;
import org.casebridge.gateway.access.PurposeOfUse;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The security officers' console over GraphQL: read the policy and its history (officers
 * and auditors), change it, roll it back and preview it — a change too, before it is
 * saved (officers only).
 */
@Controller
class PolicyController {

	private static final int MAX_HISTORY = 200;

	private final PolicyInForce inForce;

	private final PolicyEditor editor;

	private final PolicyVersions versions;

	PolicyController(PolicyInForce inForce, PolicyEditor editor, PolicyVersions versions) {
		this.inForce = inForce;
		this.editor = editor;
		this.versions = versions;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER', 'AUDITOR')")
	PolicyViews.AccessPolicyView accessPolicy() {
		Policy policy = this.inForce.current();
		return PolicyViews.of(policy.version(), policy.document());
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER', 'AUDITOR')")
	PolicyViews.AccessPolicyView accessPolicyVersion(@Argument long version) {
		return this.versions.find(version)
			.map((stored) -> PolicyViews.of(stored.version(), PolicyCodec.read(stored.document())))
			.orElse(null);
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('SECURITY_OFFICER', 'AUDITOR')")
	List<PolicyVersion> accessPolicyHistory(@Argument Integer first, @Argument Long before) {
		int limit = (first == null) ? 20 : Math.max(1, Math.min(first, MAX_HISTORY));
		return this.versions.history(limit, before);
	}

	@QueryMapping
	@PreAuthorize("hasRole('SECURITY_OFFICER')")
	PolicyPreview policyPreview(@Argument String role, @Argument PurposeOfUse purpose, @Argument String handle,
			@Argument String forChild, @Argument GrantInput draft, Authentication caller) {
		Policy policy = this.inForce.current();
		List<String> officerRoles = AccessContexts.of(caller, PurposeOfUse.CASE_REVIEW).roles();
		Grants officer = policy.grantsFor(officerRoles, PurposeOfUse.CASE_REVIEW)
			.orElse(Grants.none(PurposeOfUse.CASE_REVIEW));
		return new PolicyPreview(
				role, purpose, handle, forChild, policy.grantsFor(List.of(role), purpose).orElse(null), (draft != null)
						? PolicyDrafts.preview(policy, role, purpose, draft.role(), grantReplaced(draft)) : null,
				officer);
	}

	@MutationMapping
	@PreAuthorize("hasRole('SECURITY_OFFICER')")
	PolicyVersion updateRole(@Argument RoleInput input, @Argument ChangeInput change, Authentication caller) {
		return this.editor.change(caller.getName(), change.reason(), change.basedOn(), (document) -> document
			.withRole(input.role(), (role) -> new PolicyDocument.RoleEntry(role.role(),
					(input.description() != null) ? input.description() : role.description(),
					(input.purposes() != null) ? input.purposes().stream().map(Enum::name).toList() : role.purposes(),
					role.grants())));
	}

	@MutationMapping
	@PreAuthorize("hasRole('SECURITY_OFFICER')")
	PolicyVersion setGrant(@Argument GrantInput input, @Argument ChangeInput change, Authentication caller) {
		return this.editor.change(caller.getName(), change.reason(), change.basedOn(), grantReplaced(input));
	}

	/** The edit {@code setGrant} makes: the role's grant for the purpose replaced. */
	private static UnaryOperator<PolicyDocument> grantReplaced(GrantInput input) {
		Map<String, String> groups = new LinkedHashMap<>();
		for (FieldGroupAccessInput entry : input.fieldGroups()) {
			groups.put(entry.fieldGroup(), entry.access().name());
		}
		String purpose = (input.purpose() != null) ? input.purpose().name() : null;
		PolicyDocument.GrantEntry grant = new PolicyDocument.GrantEntry(purpose, input.sources(), groups);
		return (document) -> document.withRole(input.role(), (role) -> {
			List<PolicyDocument.GrantEntry> grants = new ArrayList<>(
					role.grants().stream().filter((g) -> !sameKey(g.purpose(), purpose)).toList());
			grants.add(grant);
			return new PolicyDocument.RoleEntry(role.role(), role.description(), role.purposes(), grants);
		});
	}

	@MutationMapping
	@PreAuthorize("hasRole('SECURITY_OFFICER')")
	PolicyVersion removeGrant(@Argument String role, @Argument PurposeOfUse purpose, @Argument ChangeInput change,
			Authentication caller) {
		String key = (purpose != null) ? purpose.name() : null;
		return this.editor.change(caller.getName(), change.reason(), change.basedOn(),
				(document) -> document.withRole(role, (entry) -> {
					if (entry.grants().stream().noneMatch((g) -> sameKey(g.purpose(), key))) {
						throw new PolicyRejectedException(List.of(new PolicyViolation(
								"roles[" + role + "].grants[" + ((key != null) ? key : "default") + "]",
								"NO_SUCH_GRANT", "The role has no such grant.")));
					}
					return new PolicyDocument.RoleEntry(entry.role(), entry.description(), entry.purposes(),
							entry.grants().stream().filter((g) -> !sameKey(g.purpose(), key)).toList());
				}));
	}

	@MutationMapping
	@PreAuthorize("hasRole('SECURITY_OFFICER')")
	PolicyVersion updatePurpose(@Argument PurposeInput input, @Argument ChangeInput change, Authentication caller) {
		return this.editor.change(caller.getName(), change.reason(), change.basedOn(),
				(document) -> document.withPurpose(input.purpose().name(),
						(entry) -> new PolicyDocument.PurposeEntry(entry.purpose(),
								(input.description() != null) ? input.description() : entry.description(),
								(input.enabled() != null) ? input.enabled() : entry.enabled())));
	}

	@MutationMapping
	@PreAuthorize("hasRole('SECURITY_OFFICER')")
	PolicyVersion rollbackPolicy(@Argument long toVersion, @Argument ChangeInput change, Authentication caller) {
		return this.editor.rollback(caller.getName(), change.reason(), change.basedOn(), toVersion);
	}

	private static boolean sameKey(String a, String b) {
		return (a == null) ? b == null : a.equals(b);
	}

	/** Why, and which version the officer looked at. */
	record ChangeInput(String reason, Long basedOnVersion) {

		Long basedOn() {
			return this.basedOnVersion;
		}

	}

	record RoleInput(String role, String description, List<PurposeOfUse> purposes) {
	}

	record GrantInput(String role, PurposeOfUse purpose, List<String> sources,
			List<FieldGroupAccessInput> fieldGroups) {
	}

	record FieldGroupAccessInput(String fieldGroup, FieldAccess access) {
	}

	record PurposeInput(PurposeOfUse purpose, String description, Boolean enabled) {
	}

}
