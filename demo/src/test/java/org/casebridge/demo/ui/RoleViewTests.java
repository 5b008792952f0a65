package org.casebridge.demo.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person view shows each role exactly its grant: every field group the grant
 * withholds is a Restricted marker, none it grants is, masked values are masked, and
 * agencies outside the grant are not asked. The grant is read from the policy in force
 * through the security officer's preview, so the test follows the policy rather than
 * copying it.
 */
class RoleViewTests extends UiTest {

	@ParameterizedTest(name = "{0} for {1}")
	@CsvSource({ "support-worker, ENFORCE_ORDER", "welfare-worker, PLACEMENT_PLANNING", "supervisor, CASE_REVIEW" })
	void personViewShowsExactlyTheRolesGrant(String role, String purpose) {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		signInAs("security-officer");
		Grant grant = Grant.preview(role, purpose);

		signInAs(role);
		PersonScreen.open(person, purpose);

		Set<String> restricted = new HashSet<>();
		for (WebElement marker : findAll(".cb-section .cb-restricted")) {
			restricted.add(marker.getAttribute("data-field-group"));
		}
		assertThat(restricted).as("only withheld groups are marked restricted").isSubsetOf(grant.withheld());
		for (String group : List.of("identity.name", "identity.dob", "identity.ssn", "identity.demographics")) {
			assertThat(restricted.contains(group)).as(group + " marked restricted")
				.isEqualTo(grant.withheld().contains(group));
		}
		List<String> ssns = PersonScreen.section("identity")
			.findElements(By.cssSelector("table:nth-of-type(3) td[data-label=SSN]"))
			.stream()
			.map(WebElement::getText)
			.toList();
		switch (grant.access("identity.ssn")) {
			case "FULL" -> assertThat(ssns).isNotEmpty().allMatch((ssn) -> ssn.matches("\\d{9}"));
			case "MASKED" -> assertThat(ssns).isNotEmpty().allMatch((ssn) -> ssn.matches("\\*\\*\\*-\\*\\*-\\d{4}"));
			default -> assertThat(ssns).isEmpty();
		}
		for (String source : List.of("SUPPORT", "WELFARE", "VITALS", "LOCATE")) {
			assertThat(PersonScreen.badgeState(source).equals("DENIED")).as(source + " not asked")
				.isEqualTo(!grant.sources().contains(source));
		}
		assertAccessible("person view as " + role);
		Screenshots.saveFullPage(browser, "person-" + role);
	}

	@Test
	void aSecurityOfficerPreviewsTheDecisionsForAPersonAndAnUnsavedChangeButNotTheData() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		signInAs("security-officer");
		waiting(15).until((driver) -> !findAll("#grid-body tr").isEmpty());
		new org.openqa.selenium.support.ui.Select(find("#grid-purpose")).selectByValue("PLACEMENT_PLANNING");
		new org.openqa.selenium.support.ui.Select(find("select[aria-label='welfare-worker, identity.ssn']"))
			.selectByValue("FULL");

		new org.openqa.selenium.support.ui.Select(find("#preview-role")).selectByValue("welfare-worker");
		new org.openqa.selenium.support.ui.Select(find("#preview-purpose")).selectByValue("PLACEMENT_PLANNING");
		find("#preview-last").sendKeys(person.last());
		find("#preview-first").sendKeys(person.first());
		find("#preview-button").click();

		waiting(20).until((driver) -> !findAll("#preview-groups tr[data-group='identity.ssn'] td").isEmpty());
		List<WebElement> ssn = findAll("#preview-groups tr[data-group='identity.ssn'] td");
		assertThat(ssn.get(0).getText()).as("under the policy in force").isEqualTo("Masked");
		assertThat(ssn.get(1).getText()).as("under the unsaved change").isEqualTo("Full");
		assertThat(find("#preview-groups tr[data-group='support.fti'] td").getText()).isEqualTo("Withheld (FTI)");
		assertThat(find("#preview-changes").getText()).contains("identity.ssn");
		assertThat(find("#preview-result").getText()).doesNotContain(person.ssn());
		assertAccessible("policy preview");
		screenshot("policy-preview");
		find("#discard-policy").click();
	}

	@Test
	void aPreviewOfChildWelfareLocatesOnlyForTheChildNamed() {
		ChildPlacementTests.Family family = ChildPlacementTests.Family.ofAChildInFosterCare();
		signInAs("security-officer");
		waiting(15).until((driver) -> !findAll("#grid-body tr").isEmpty());
		new org.openqa.selenium.support.ui.Select(find("#preview-role")).selectByValue("welfare-worker");
		new org.openqa.selenium.support.ui.Select(find("#preview-purpose"))
			.selectByValue("LOCATE_PARENT_FOR_PLACEMENT");
		find("#preview-last").sendKeys(family.father().last());
		find("#preview-first").sendKeys(family.father().first());

		find("#preview-button").click();
		waiting(20).until((driver) -> !findAll("#preview-groups tr[data-group='locate.address'] td").isEmpty());
		assertThat(find("#preview-groups tr[data-group='locate.address'] td").getAttribute("data-reason"))
			.isEqualTo("LOCATE_LIMIT");

		find("#preview-child-last").sendKeys(family.child().last());
		find("#preview-child-first").sendKeys(family.child().first());
		find("#preview-button").click();
		waiting(20).until((driver) -> find("#preview-summary").getText()
			.contains("only for a parent of the child the view is for"));
		assertThat(find("#preview-result").getText()).doesNotContain(family.father().ssn());
		assertAccessible("policy preview for a child");
	}

	@Test
	void theSearchFormOffersOnlyThePurposesOfTheRole() {
		signInAs("welfare-worker");
		List<String> offered = new org.openqa.selenium.support.ui.Select(find("#purpose")).getOptions()
			.stream()
			.map((option) -> option.getAttribute("value"))
			.filter((value) -> !value.isEmpty())
			.toList();
		assertThat(offered).contains("PLACEMENT_PLANNING", "CASE_REVIEW")
			.doesNotContain("ENFORCE_ORDER", "LOCATE_PARENT");
	}

	/** A role's grant for a purpose, as the policy preview states it. */
	record Grant(List<String> sources, Map<String, String> fieldGroups) {

		@SuppressWarnings("unchecked")
		static Grant preview(String role, String purpose) {
			Map<String, Object> body = graphql(
					"query($r: ID!, $p: PurposeOfUse!) { policyPreview(role: $r, purpose: $p)"
							+ " { sources fieldGroups { fieldGroup access } } }",
					Map.of("r", role, "p", purpose));
			Map<String, Object> preview = (Map<String, Object>) ((Map<String, Object>) body.get("data"))
				.get("policyPreview");
			Map<String, String> groups = new java.util.HashMap<>();
			for (Map<String, Object> access : (List<Map<String, Object>>) preview.get("fieldGroups")) {
				groups.put((String) access.get("fieldGroup"), (String) access.get("access"));
			}
			return new Grant((List<String>) preview.get("sources"), groups);
		}

		String access(String group) {
			return this.fieldGroups.getOrDefault(group, "WITHHELD");
		}

		Set<String> withheld() {
			Set<String> withheld = new HashSet<>();
			this.fieldGroups.forEach((group, access) -> {
				if (access.equals("WITHHELD")) {
					withheld.add(group);
				}
			});
			return withheld;
		}

	}

}
