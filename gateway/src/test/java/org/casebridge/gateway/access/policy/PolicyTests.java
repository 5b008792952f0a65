package org.casebridge.gateway.access.policy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.casebridge.connector.Source;
import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PurposeOfUse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyTests {

	private static final Policy policy = new Policy(
			new PolicyVersion(1, Instant.EPOCH, "system", "defaults", List.of(), null), PolicyCodec.defaults());

	@Test
	void aRoleMayUseOnlyItsOwnPurposes() {
		assertThat(policy.grantsFor(List.of("welfare-worker"), PurposeOfUse.ENFORCE_ORDER)).isEmpty();
		assertThat(policy.grantsFor(List.of("welfare-worker"), PurposeOfUse.PLACEMENT_PLANNING)).isPresent();
	}

	@Test
	void aCallerWithoutARecognisedRoleGetsNothing() {
		assertThat(policy.grantsFor(List.of(), PurposeOfUse.CASE_REVIEW)).isEmpty();
		assertThat(policy.grantsFor(List.of("janitor"), PurposeOfUse.CASE_REVIEW)).isEmpty();
	}

	@Test
	void aPurposeSpecificGrantReplacesTheDefault() {
		Grants enforce = policy.grantsFor(List.of("support-worker"), PurposeOfUse.ENFORCE_ORDER).orElseThrow();
		Grants locate = policy.grantsFor(List.of("support-worker"), PurposeOfUse.LOCATE_PARENT).orElseThrow();

		assertThat(enforce.access(FieldGroup.SUPPORT_FTI)).isEqualTo(FieldAccess.FULL);
		assertThat(locate.access(FieldGroup.SUPPORT_FTI)).isEqualTo(FieldAccess.WITHHELD);
		assertThat(enforce.childSupport()).isTrue();
	}

	@Test
	void locatingForChildWelfareIsLimitedToParents() {
		Grants grants = policy.grantsFor(List.of("welfare-worker"), PurposeOfUse.LOCATE_PARENT_FOR_PLACEMENT)
			.orElseThrow();

		assertThat(grants.locateLimited()).isTrue();
		assertThat(grants.sources()).contains(Source.LOCATE);
		assertThat(
				policy.grantsFor(List.of("support-worker"), PurposeOfUse.LOCATE_PARENT).orElseThrow().locateLimited())
			.isFalse();
	}

	@Test
	void severalRolesAddUpToTheWidestAccess() {
		Grants both = policy.grantsFor(List.of("supervisor", "welfare-worker"), PurposeOfUse.CASE_REVIEW).orElseThrow();

		assertThat(both.access(FieldGroup.PLACEMENT_LOCATION)).isEqualTo(FieldAccess.FULL);
		assertThat(both.access(FieldGroup.SUPPORT_FINANCIAL)).isEqualTo(FieldAccess.FULL);
		assertThat(both.access(FieldGroup.IDENTITY_SSN)).isEqualTo(FieldAccess.MASKED);
		assertThat(both.sources()).containsExactlyInAnyOrder(Source.values());
	}

	@Test
	void federalTaxInformationNeverComesFromANonChildSupportRoleEvenIfStored() {
		PolicyDocument tampered = PolicyRulesTests.grant("integrator", null, List.of("SUPPORT"),
				Map.of("support.fti", "FULL"));
		Policy compiled = new Policy(new PolicyVersion(2, Instant.EPOCH, "x", "x", List.of(), null), tampered);

		Grants grants = compiled.grantsFor(List.of("integrator"), PurposeOfUse.ENFORCE_ORDER).orElseThrow();
		assertThat(grants.access(FieldGroup.SUPPORT_FTI)).isEqualTo(FieldAccess.WITHHELD);
		assertThat(grants.childSupport()).isFalse();
	}

	@Test
	void aDisabledPurposeIsUsableByNoRole() {
		PolicyDocument disabled = PolicyCodec.defaults()
			.withPurpose("CASE_REVIEW", (p) -> new PolicyDocument.PurposeEntry(p.purpose(), p.description(), false));
		Policy compiled = new Policy(new PolicyVersion(2, Instant.EPOCH, "x", "x", List.of(), null), disabled);

		assertThat(compiled.grantsFor(List.of("supervisor"), PurposeOfUse.CASE_REVIEW)).isEmpty();
	}

	@Test
	void theSameRolesAndPurposeGetTheSameGrantsInstance() {
		assertThat(policy.grantsFor(List.of("integrator"), PurposeOfUse.ENFORCE_ORDER).orElseThrow())
			.isSameAs(policy.grantsFor(List.of("integrator"), PurposeOfUse.ENFORCE_ORDER).orElseThrow());
	}

}
