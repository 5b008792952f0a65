package org.casebridge.gateway.access.enforcement;

import java.util.Set;

import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.access.policy.PolicyDocument;

/**
 * What a role should see, worked out from the policy document and the rules as the issue
 * states them, independently of the code under test.
 */
final class ExpectedDisclosure {

	/** Location-bearing groups: a flagged person's are withheld whole. */
	static final Set<String> LOCATION = Set.of("placement.location", "locate.address", "locate.employer",
			"locate.wages", "locate.driver");

	static final Set<String> LOCATE = Set.of("locate.address", "locate.employer", "locate.wages", "locate.driver");

	static final Set<String> CHILD_WELFARE_PURPOSES = Set.of("LOCATE_PARENT_FOR_PLACEMENT", "PLACEMENT_PLANNING");

	private final PolicyDocument policy;

	ExpectedDisclosure(PolicyDocument policy) {
		this.policy = policy;
	}

	boolean permitted(String role, PurposeOfUse purpose) {
		return roleEntry(role).purposes().contains(purpose.name())
				&& this.policy.purposes().stream().anyMatch((p) -> p.purpose().equals(purpose.name()) && p.enabled());
	}

	/**
	 * FULL, MASKED, or the restriction reason (NOT_GRANTED, FTI, LOCATE_LIMIT,
	 * PROTECTED).
	 * @param parent the person is a parent of the child the view is for (false also when
	 * the caller named no child)
	 */
	String outcome(String role, PurposeOfUse purpose, String group, boolean familyViolence, boolean parent) {
		String access = access(role, purpose, group);
		if (group.equals("support.fti") && !role.equals("support-worker")) {
			return "FTI";
		}
		if (access.equals("WITHHELD")) {
			return "NOT_GRANTED";
		}
		boolean forChildWelfare = role.equals("welfare-worker") || CHILD_WELFARE_PURPOSES.contains(purpose.name());
		if (LOCATE.contains(group) && forChildWelfare && !parent) {
			return "LOCATE_LIMIT";
		}
		if (LOCATION.contains(group) && familyViolence) {
			return "PROTECTED";
		}
		return access;
	}

	private String access(String role, PurposeOfUse purpose, String group) {
		PolicyDocument.RoleEntry entry = roleEntry(role);
		PolicyDocument.GrantEntry grant = entry.grants()
			.stream()
			.filter((g) -> purpose.name().equals(g.purpose()))
			.findFirst()
			.orElseGet(() -> entry.grants().stream().filter((g) -> g.purpose() == null).findFirst().orElse(null));
		return (grant != null) ? grant.fieldGroups().getOrDefault(group, "WITHHELD") : "WITHHELD";
	}

	private PolicyDocument.RoleEntry roleEntry(String role) {
		return this.policy.roles().stream().filter((r) -> r.role().equals(role)).findFirst().orElseThrow();
	}

}
