package org.casebridge.demo.ui;

import java.util.List;
import java.util.Map;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Behaviour;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

class PersonViewTests extends UiTest {

	@AfterEach
	void restoreAgencies() {
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		DemoSystem.agencies().reset();
	}

	@Test
	void everyValueCarriesItsAgencyAndAsOfDateInFourSections() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		signInAs("supervisor");

		PersonScreen.open(person, "CASE_REVIEW");

		assertThat(find("h1").getText()).contains(person.last());
		for (String section : new String[] { "identity", "support", "paternity", "placement", "locate" }) {
			assertThat(PersonScreen.section(section).isDisplayed()).as(section).isTrue();
		}
		assertThat(PersonScreen.section("support").findElements(By.cssSelector(".cb-provenance"))).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.getText()).startsWith("Source: Child support").contains("as of"));
		List<WebElement> sources = PersonScreen.section("identity")
			.findElements(By.cssSelector("td[data-label=Source]"));
		assertThat(sources).hasSizeGreaterThan(2).allSatisfy((cell) -> assertThat(cell.getText()).isNotBlank());
		assertThat(PersonScreen.section("identity").findElements(By.cssSelector("td[data-label='As of']")))
			.hasSameSizeAs(sources)
			.allSatisfy((cell) -> assertThat(cell.getText()).matches("\\d{4}-\\d{2}-\\d{2}|Not given"));
		assertAccessible("person view");
		Screenshots.saveFullPage(browser, "person");
	}

	@Test
	void anAgencyThatFailsIsShownAsUnavailableInItsSectionNeverAsNoRecord() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		signInAs("support-worker");
		SearchScreen.open().purpose("ESTABLISH_PATERNITY").field("ssn", person.ssn()).submit().awaitComplete();
		// only the view's own call fails, too few to open the agency's circuit for later
		// tests
		DemoSystem.agencies().behave(Agency.VITALS, Behaviour.of(Behaviour.Mode.ERROR_500));

		find("#candidates-body a").click();
		PersonScreen.awaitComplete();

		assertThat(PersonScreen.badgeState("VITALS")).isIn("UNAVAILABLE", "ERROR", "CIRCUIT_OPEN");
		String paternity = PersonScreen.section("paternity").getText();
		assertThat(paternity).contains("Unavailable: Vital records is unavailable")
			.contains("this does not mean there are none")
			.doesNotContain("No record");
		assertThat(PersonScreen.badgeState("SUPPORT")).isEqualTo("OK");
		assertThat(PersonScreen.section("support").findElements(By.cssSelector("article.cb-record h3")))
			.as("the other sections are intact")
			.isNotEmpty()
			.allSatisfy((title) -> assertThat(title.getText()).startsWith("Support case"));
		assertThat(PersonScreen.section("support").getText()).doesNotContain("Unavailable");
		assertAccessible("person view with an agency down");
		screenshot("person-agency-down");
	}

	@Test
	void aRecordThatMayBeThePersonIsOfferedToJudgeNeverShownAsNoRecord() {
		SyntheticPerson person = DemoSystem.agencies().population().anyWithMistypedSsn();
		// found by the SSN one agency mistyped: a role shown full SSNs
		signInAs("support-worker");

		PersonScreen.openBySsn(person.ssn(), "CASE_REVIEW");

		List<WebElement> possible = findAll(".cb-section[data-state=POSSIBLE_MATCH]");
		assertThat(possible).as("a section whose agency holds only a possible match").isNotEmpty();
		WebElement section = possible.get(0);
		String agency = find("#person-sources [data-state=POSSIBLE_MATCH] .cb-source__name").getText().replace(":", "");
		assertThat(section.getText())
			.contains(agency + " holds a record that may be this person (not linked: the identity details differ)."
					+ " Open it to judge.")
			.doesNotContain("no record")
			.doesNotContain("No records");
		assertAccessible("person view with a possible match");
		script("arguments[0].scrollIntoView()", section);
		screenshot("person-possible-match");

		section.findElement(By.cssSelector("a.cb-possible-match")).click();
		PersonScreen.awaitComplete();
		assertThat(find("#person-sources [data-state=OK] .cb-source__name").getText()).isEqualTo(agency + ":");
		assertThat(find("h1").getText()).containsIgnoringCase(person.last());
	}

	@Test
	void thePrintViewKeepsTheRecordAndDropsTheScreenControls() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		signInAs("support-worker");
		PersonScreen.openBySsn(person.ssn(), "ENFORCE_ORDER");
		String screenText = PersonScreen.section("support").getText();

		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

		assertThat(find(".cb-print-header").isDisplayed()).isTrue();
		assertThat(find(".cb-print-header").getText()).contains("Printed by support-worker")
			.contains("Enforce a support order");
		assertThat(find("header.usa-header").isDisplayed()).isFalse();
		assertThat(find("#print-button").isDisplayed()).isFalse();
		assertThat(PersonScreen.section("support").getText()).isEqualTo(screenText);
		screenshot("person-print");
	}

}
