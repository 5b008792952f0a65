package org.casebridge.gateway.access.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Program;

/** The policy shaped as the schema's {@code AccessPolicy} and its parts. */
final class PolicyViews {

	static final List<FixedRule> FIXED_RULES = List.of(new FixedRule("FAMILY_VIOLENCE",
			"A person carrying the Family Violence Indicator at any source, and the children in their cases: their"
					+ " location (addresses, employers, placements) is withheld in every section, for every role, and"
					+ " shown only as restricted [42 USC 654(26), 653(b)(2)]."),
			new FixedRule("FEDERAL_TAX_INFORMATION",
					"Federal tax information (IRS offsets) goes to child-support roles only [45 CFR 302.35(a)(2)(ii)]."),
			new FixedRule("LOCATE_FOR_CHILD_WELFARE",
					"Locating for child welfare is limited to a parent or putative father of a child"
							+ " [42 USC 653(a)(2)(A)(iv), (c)(4)]."),
			new FixedRule("SOURCES_NOT_CALLED", "A source a caller may not see is not called at all."));

	private PolicyViews() {
	}

	static AccessPolicyView of(PolicyVersion version, PolicyDocument document) {
		List<RoleView> roles = document.roles().stream().map(PolicyViews::role).toList();
		List<FieldGroupView> groups = new ArrayList<>();
		for (FieldGroup group : FieldGroup.values()) {
			groups.add(new FieldGroupView(group.id(), group.description(), group.maskable(), group.location(),
					group.locate(), group.federalTaxInformation()));
		}
		return new AccessPolicyView(version, roles, document.purposes(), groups, FIXED_RULES);
	}

	private static RoleView role(PolicyDocument.RoleEntry role) {
		List<GrantView> grants = role.grants()
			.stream()
			.map((g) -> new GrantView(g.purpose(), g.sources(), allGroups(g)))
			.toList();
		return new RoleView(role.role(), Program.ofRole(role.role()).map(Enum::name).orElse(null), role.description(),
				role.purposes(), grants);
	}

	private static List<FieldGroupAccessView> allGroups(PolicyDocument.GrantEntry grant) {
		List<FieldGroupAccessView> all = new ArrayList<>();
		for (FieldGroup group : FieldGroup.values()) {
			String access = Optional.ofNullable(grant.fieldGroups().get(group.id()))
				.orElse(FieldAccess.WITHHELD.name());
			all.add(new FieldGroupAccessView(group.id(), access));
		}
		return all;
	}

	record AccessPolicyView(PolicyVersion version, List<RoleView> roles, List<PolicyDocument.PurposeEntry> purposes,
			List<FieldGroupView> fieldGroups, List<FixedRule> fixedRules) {
	}

	record RoleView(String role, String program, String description, List<String> purposes, List<GrantView> grants) {
	}

	record GrantView(String purpose, List<String> sources, List<FieldGroupAccessView> fieldGroups) {
	}

	record FieldGroupAccessView(String fieldGroup, String access) {
	}

	record FieldGroupView(String name, String description, boolean maskable, boolean location, boolean locate,
			boolean federalTaxInformation) {
	}

	record FixedRule(String name, String description) {
	}

}
