package org.casebridge.gateway.access.policy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyDiffTests {

	@Test
	void aChangedGrantIsDescribedGroupByGroup() {
		PolicyDocument before = PolicyCodec.defaults();
		PolicyDocument after = PolicyRulesTests.grant("auditor", null, List.of("SUPPORT"),
				Map.of("identity.name", "FULL", "identity.dob", "FULL"));

		assertThat(PolicyDiff.between(before, after)).containsExactly("auditor/default: sources − VITALS, WELFARE",
				"auditor/default: identity.dob MASKED → FULL");
	}

	@Test
	void purposesAndDescriptionsAreDescribed() {
		PolicyDocument before = PolicyCodec.defaults();
		PolicyDocument after = before
			.withPurpose("REFERRAL_DECISION", (p) -> new PolicyDocument.PurposeEntry(p.purpose(), "new words", false))
			.withRole("auditor", (r) -> new PolicyDocument.RoleEntry(r.role(), r.description(),
					List.of("CASE_REVIEW", "REFERRAL_DECISION"), r.grants()));

		assertThat(PolicyDiff.between(before, after)).containsExactly("auditor: purposes + REFERRAL_DECISION",
				"purpose REFERRAL_DECISION: disabled", "purpose REFERRAL_DECISION: description changed");
	}

	@Test
	void identicalDocumentsHaveNoDifferences() {
		assertThat(PolicyDiff.between(PolicyCodec.defaults(), PolicyCodec.defaults())).isEmpty();
	}

}
