package org.casebridge.gateway.ui;

import java.util.Map;

import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who carries the Family Violence Indicator: where they can be found is shown as
 * "Disclosure restricted" in every section that would say it, on screen and on paper,
 * never as an empty field and never naming the cause.
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

}
