package org.casebridge.gateway.access.policy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyRulesTests {

	private static final PolicyDocument defaults = PolicyCodec.defaults();

	@Test
	void theShippedDefaultsKeepEveryRule() {
		assertThat(PolicyRules.check(defaults)).isEmpty();
		assertThat(defaults.roles()).extracting(PolicyDocument.RoleEntry::role)
			.containsExactlyInAnyOrder("support-worker", "welfare-worker", "supervisor", "security-officer", "auditor",
					"integrator");
	}

	@Test
	void anUnknownFieldGroupIsReportedWithItsPath() {
		PolicyDocument edited = grant("welfare-worker", null, List.of("WELFARE"), Map.of("identity.shoeSize", "FULL"));

		assertThat(PolicyRules.check(edited)).singleElement().satisfies((violation) -> {
			assertThat(violation.code()).isEqualTo("UNKNOWN_FIELD_GROUP");
			assertThat(violation.path())
				.isEqualTo("roles[welfare-worker].grants[default].fieldGroups[identity.shoeSize]");
		});
	}

	@Test
	void anUnknownSourceIsReported() {
		PolicyDocument edited = grant("support-worker", null, List.of("SUPPORT", "IRS"), Map.of());

		assertThat(PolicyRules.check(edited)).extracting(PolicyViolation::code).containsExactly("UNKNOWN_SOURCE");
	}

	@Test
	void federalTaxInformationForAChildWelfareRoleConflictsWithAFixedRule() {
		PolicyDocument edited = grant("welfare-worker", "PLACEMENT_PLANNING", List.of("SUPPORT"),
				Map.of("support.fti", "FULL"));

		assertThat(PolicyRules.check(edited)).extracting(PolicyViolation::code)
			.containsExactly("CONFLICTS_WITH_FIXED_RULE");
	}

	@Test
	void federalTaxInformationForTheIntegratorAndSupervisorConflictsToo() {
		for (String role : List.of("integrator", "supervisor", "auditor", "security-officer")) {
			PolicyDocument edited = grant(role, null, List.of("SUPPORT"), Map.of("support.fti", "FULL"));
			assertThat(PolicyRules.check(edited)).extracting(PolicyViolation::code)
				.containsExactly("CONFLICTS_WITH_FIXED_RULE");
		}
	}

	@Test
	void onlyGroupsWithAMaskedFormMayBeMasked() {
		PolicyDocument edited = grant("supervisor", null, List.of("SUPPORT"),
				Map.of("identity.ssn", "MASKED", "identity.dob", "MASKED", "locate.address", "MASKED"));

		assertThat(PolicyRules.check(edited)).extracting(PolicyViolation::code).containsExactly("NOT_MASKABLE");
	}

	@Test
	void aGrantForAPurposeTheRoleMayNotUseIsRejected() {
		PolicyDocument edited = grant("auditor", "ENFORCE_ORDER", List.of("SUPPORT"), Map.of());

		assertThat(PolicyRules.check(edited)).extracting(PolicyViolation::code).containsExactly("PURPOSE_NOT_ALLOWED");
	}

	@Test
	void unknownRolesPurposesAndAccessesAreAllReportedAtOnce() {
		PolicyDocument edited = defaults.withRole("janitor", (role) -> role)
			.withRole("supervisor",
					(role) -> new PolicyDocument.RoleEntry(role.role(), role.description(), List.of("GOSSIP"),
							List.of(new PolicyDocument.GrantEntry(null, List.of(), Map.of("paternity", "SOME")))));

		assertThat(PolicyRules.check(edited)).extracting(PolicyViolation::code)
			.containsExactlyInAnyOrder("UNKNOWN_ROLE", "UNKNOWN_PURPOSE", "UNKNOWN_ACCESS");
	}

	@Test
	void overlongDescriptionsAreRejected() {
		PolicyDocument edited = defaults.withPurpose("CASE_REVIEW",
				(p) -> new PolicyDocument.PurposeEntry(p.purpose(), "x".repeat(501), true));

		assertThat(PolicyRules.check(edited)).extracting(PolicyViolation::code).containsExactly("TOO_LONG");
	}

	static PolicyDocument grant(String role, String purpose, List<String> sources, Map<String, String> groups) {
		return defaults.withRole(role, (entry) -> {
			List<PolicyDocument.GrantEntry> grants = new java.util.ArrayList<>(entry.grants()
				.stream()
				.filter((g) -> (purpose == null) ? g.purpose() != null : !purpose.equals(g.purpose()))
				.toList());
			grants.add(new PolicyDocument.GrantEntry(purpose, sources, groups));
			return new PolicyDocument.RoleEntry(entry.role(), entry.description(), entry.purposes(), grants);
		});
	}

}
