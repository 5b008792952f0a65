package org.casebridge.gateway.access.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.casebridge.connector.Source;
import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Program;
import org.casebridge.gateway.access.PurposeOfUse;

/**
 * Checks a policy document before it is stored: every name must be known, every grant
 * must fit its role, and no grant may contradict a rule that no grant overrides. Every
 * problem is reported at once, each with the path of the offending entry.
 */
final class PolicyRules {

	static final int MAX_DESCRIPTION = 500;

	private PolicyRules() {
	}

	static List<PolicyViolation> check(PolicyDocument document) {
		List<PolicyViolation> violations = new ArrayList<>();
		Set<String> roles = new HashSet<>();
		for (PolicyDocument.RoleEntry role : document.roles()) {
			String path = "roles[" + role.role() + "]";
			Optional<Program> program = (role.role() != null) ? Program.ofRole(role.role()) : Optional.empty();
			if (program.isEmpty()) {
				violations.add(new PolicyViolation(path, "UNKNOWN_ROLE", "There is no role named '" + role.role()
						+ "'. Roles: support-worker, welfare-worker, supervisor, security-officer, auditor, integrator."));
				continue;
			}
			if (!roles.add(role.role())) {
				violations.add(new PolicyViolation(path, "DUPLICATE_ROLE", "The role is listed twice."));
			}
			description(path, role.description(), violations);
			Set<PurposeOfUse> purposes = new HashSet<>();
			for (String purpose : role.purposes()) {
				purpose(path + ".purposes", purpose, violations).ifPresent(purposes::add);
			}
			Set<String> grantKeys = new HashSet<>();
			for (PolicyDocument.GrantEntry grant : role.grants()) {
				String grantPath = path + ".grants[" + ((grant.purpose() != null) ? grant.purpose() : "default") + "]";
				if (!grantKeys.add(String.valueOf(grant.purpose()))) {
					violations.add(new PolicyViolation(grantPath, "DUPLICATE_GRANT",
							"The role has two grants for the same purpose."));
				}
				if (grant.purpose() != null) {
					purpose(grantPath, grant.purpose(), violations).ifPresent((p) -> {
						if (!purposes.contains(p)) {
							violations.add(new PolicyViolation(grantPath, "PURPOSE_NOT_ALLOWED",
									"The role may not use purpose " + p + "; add it to the role's purposes first."));
						}
					});
				}
				grant(grantPath, program.get(), grant, violations);
			}
		}
		Set<String> purposes = new HashSet<>();
		for (PolicyDocument.PurposeEntry purpose : document.purposes()) {
			String path = "purposes[" + purpose.purpose() + "]";
			purpose(path, purpose.purpose(), violations);
			if (!purposes.add(String.valueOf(purpose.purpose()))) {
				violations.add(new PolicyViolation(path, "DUPLICATE_PURPOSE", "The purpose is listed twice."));
			}
			description(path, purpose.description(), violations);
		}
		return violations;
	}

	private static void grant(String path, Program program, PolicyDocument.GrantEntry grant,
			List<PolicyViolation> violations) {
		for (String source : grant.sources()) {
			if (source == null || !isSource(source)) {
				violations.add(new PolicyViolation(path + ".sources", "UNKNOWN_SOURCE",
						"There is no source named '" + source + "'. Sources: SUPPORT, WELFARE, VITALS, LOCATE."));
			}
		}
		for (Map.Entry<String, String> entry : grant.fieldGroups().entrySet()) {
			String groupPath = path + ".fieldGroups[" + entry.getKey() + "]";
			Optional<FieldGroup> group = FieldGroup.fromId(entry.getKey());
			Optional<FieldAccess> access = access(entry.getValue());
			if (group.isEmpty()) {
				violations.add(new PolicyViolation(groupPath, "UNKNOWN_FIELD_GROUP",
						"There is no field group named '" + entry.getKey() + "'."));
			}
			if (access.isEmpty()) {
				violations
					.add(new PolicyViolation(groupPath, "UNKNOWN_ACCESS", "Access must be FULL, MASKED or WITHHELD."));
			}
			if (group.isEmpty() || access.isEmpty()) {
				continue;
			}
			if (access.get() == FieldAccess.MASKED && !group.get().maskable()) {
				violations.add(new PolicyViolation(groupPath, "NOT_MASKABLE",
						"Field group " + group.get().id() + " has no masked form; use FULL or WITHHELD."));
			}
			if (group.get().federalTaxInformation() && access.get() != FieldAccess.WITHHELD
					&& program != Program.CHILD_SUPPORT) {
				violations.add(new PolicyViolation(groupPath, "CONFLICTS_WITH_FIXED_RULE",
						"Federal tax information may be shown to child-support roles only [45 CFR 302.35]."));
			}
		}
	}

	private static Optional<PurposeOfUse> purpose(String path, String name, List<PolicyViolation> violations) {
		for (PurposeOfUse purpose : PurposeOfUse.values()) {
			if (purpose.name().equals(name)) {
				return Optional.of(purpose);
			}
		}
		violations
			.add(new PolicyViolation(path, "UNKNOWN_PURPOSE", "There is no purpose of use named '" + name + "'."));
		return Optional.empty();
	}

	private static void description(String path, String description, List<PolicyViolation> violations) {
		if (description.length() > MAX_DESCRIPTION) {
			violations.add(new PolicyViolation(path + ".description", "TOO_LONG",
					"Use at most " + MAX_DESCRIPTION + " characters."));
		}
	}

	static boolean isSource(String name) {
		for (Source source : Source.values()) {
			if (source.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

	static Optional<FieldAccess> access(String name) {
		for (FieldAccess access : FieldAccess.values()) {
			if (access.name().equals(name)) {
				return Optional.of(access);
			}
		}
		return Optional.empty();
	}

}
