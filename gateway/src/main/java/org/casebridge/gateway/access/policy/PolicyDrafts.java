package org.casebridge.gateway.access.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PolicyDraft;
import org.casebridge.gateway.access.PurposeOfUse;

/**
 * An unsaved change, worked out as {@link PolicyEditor} would work it out — applied to
 * the policy in force and checked in full — but never stored, announced or put in force:
 * what the security officer previews before saving.
 */
final class PolicyDrafts {

	private PolicyDrafts() {
	}

	/**
	 * @param role the role previewed
	 * @param draftRole the role the change is to
	 * @param edit the change
	 */
	static PolicyDraft preview(Policy policy, String role, PurposeOfUse purpose, String draftRole,
			UnaryOperator<PolicyDocument> edit) {
		List<PolicyDraft.Problem> problems = new ArrayList<>();
		if (!role.equals(draftRole)) {
			problems.add(new PolicyDraft.Problem("draft.role", "NOT_THE_PREVIEWED_ROLE",
					"The draft changes " + draftRole + ", not the role previewed."));
		}
		PolicyDocument before = policy.document();
		PolicyDocument after;
		try {
			after = edit.apply(before);
		}
		catch (PolicyRejectedException ex) {
			ex.violations().forEach((v) -> problems.add(new PolicyDraft.Problem(v.path(), v.code(), v.message())));
			return new PolicyDraft(List.of(), problems, null);
		}
		PolicyRules.check(after).forEach((v) -> problems.add(new PolicyDraft.Problem(v.path(), v.code(), v.message())));
		List<String> changes = problems.isEmpty() ? PolicyDiff.between(before, after) : List.of();
		if (problems.isEmpty() && changes.isEmpty()) {
			problems.add(new PolicyDraft.Problem("policy", "NO_CHANGE", "The change leaves the policy as it is."));
		}
		if (!problems.isEmpty()) {
			return new PolicyDraft(changes, problems, null);
		}
		Grants grants = new Policy(policy.version(), after).grantsFor(List.of(role), purpose).orElse(null);
		return new PolicyDraft(changes, problems, grants);
	}

}
