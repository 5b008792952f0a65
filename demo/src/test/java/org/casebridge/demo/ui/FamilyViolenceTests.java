package org.casebridge.demo.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Population;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who carries the Family Violence Indicator: where they can be found, and any
 * agency free text that could name the cause, is shown as "Disclosure restricted" in
 * every section that would say it, on screen and on paper, never as an empty field and
 * never naming the cause.
 */
class FamilyViolenceTests extends UiTest {

	/** The simulated agencies' street addresses: "1815 E 1300 S", "763 Juniper Ln", … */
	private static final java.util.regex.Pattern STREET_ADDRESS = java.util.regex.Pattern
		.compile("\\b\\d{2,4} (?:[NSEW] )?(?:\\d{3,4} [NSEW]|[A-Z][a-z]+ (?:St|Ave|Rd|Dr|Way|Blvd|Ln))\\b");

	@AfterEach
	void screenMedia() {
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
	}

	@Test
	void locationIsVisiblyRestrictedOnScreenAndInPrint() {
		SyntheticPerson person = DemoSystem.agencies().population().anyWithFamilyViolenceIndicator();
		signInAs("support-worker");

		PersonScreen.openBySsn(person.ssn(), "LOCATE_PARENT");

		assertThat(PersonScreen.section("locate").findElements(By.cssSelector(".cb-restricted[data-reason=PROTECTED]")))
			.isNotEmpty()
			.allSatisfy((marker) -> assertThat(marker.getText()).isEqualTo("Disclosure restricted"));
		assertThat(find("#restricted-summary").isDisplayed()).isTrue();
		assertThat(find("#restricted-summary").getText()).contains("Disclosure restricted")
			.doesNotContainIgnoringCase("violence");
		assertThat(PersonScreen.section("locate").getText()).doesNotContain("None recorded")
			.doesNotContainPattern(STREET_ADDRESS);
		assertAccessible("person view with family violence restrictions");
		Screenshots.saveFullPage(browser, "person-fvi");

		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(PersonScreen.section("locate").findElements(By.cssSelector(".cb-restricted[data-reason=PROTECTED]")))
			.isNotEmpty()
			.allSatisfy((marker) -> assertThat(marker.isDisplayed()).isTrue());
	}

	@Test
	void theReasonNotToReferAFlaggedFamilyIsDisclosureRestricted() {
		Population population = DemoSystem.agencies().population();
		SyntheticPerson parent = population.people()
			.stream()
			.filter((person) -> person.familyViolenceIndicator() && person.role() != SyntheticPerson.Role.CHILD
					&& population.agencyIds(person.truthId())
						.keySet()
						.containsAll(Set.of(Agency.WELFARE, Agency.SUPPORT)))
			.findFirst()
			.orElseThrow();
		signInAs("welfare-worker");

		PersonScreen.open(parent, "PLACEMENT_PLANNING");

		List<WebElement> referrals = PersonScreen.section("placement")
			.findElements(By.xpath(".//div[@class='cb-group'][h4='Referral to child support']"));
		assertThat(referrals).as("the family's removal episodes").isNotEmpty();
		for (WebElement referral : referrals) {
			WebElement reason = referral.findElement(By.xpath(".//div[dt='Reason']/dd"));
			assertThat(reason.findElements(By.cssSelector(".cb-restricted[data-reason=PROTECTED]"))).singleElement()
				.satisfies((marker) -> assertThat(marker.getText()).isEqualTo("Disclosure restricted"));
		}
		assertThat(PersonScreen.section("placement").getText()).doesNotContainIgnoringCase("violence");
		assertAccessible("person view with a restricted referral reason");
	}

}
