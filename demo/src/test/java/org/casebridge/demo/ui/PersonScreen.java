package org.casebridge.demo.ui;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The person view, opened the way a caseworker opens it: from a search result. */
final class PersonScreen {

	private PersonScreen() {
	}

	/** Searches by SSN, opens the best candidate and waits for every agency. */
	static void openBySsn(String ssn, String purpose) {
		SearchScreen.open().purpose(purpose).field("ssn", ssn).submit().awaitComplete();
		UiTest.find("#candidates-body a").click();
		awaitComplete();
	}

	/**
	 * Searches by name and date of birth (what every caseworker's grant shows in full; a
	 * role shown only masked SSNs may not search by one), opens the best candidate and
	 * waits for every agency.
	 */
	static void open(org.casebridge.simulator.SyntheticPerson person, String purpose) {
		SearchScreen.open()
			.purpose(purpose)
			.field("firstName", person.first())
			.field("lastName", person.last())
			.dateOfBirth(String.valueOf(person.dateOfBirth().getMonthValue()),
					String.valueOf(person.dateOfBirth().getDayOfMonth()),
					String.valueOf(person.dateOfBirth().getYear()))
			.submit()
			.awaitComplete();
		UiTest.find("#candidates-body a").click();
		awaitComplete();
	}

	static void awaitComplete() {
		UiTest.waiting(30)
			.until((driver) -> !driver.findElements(By.cssSelector("main[data-complete=true]")).isEmpty());
	}

	static WebElement section(String id) {
		return UiTest.find("section#" + id);
	}

	/** The Restricted markers of a section, as their text. */
	static List<String> restrictions(String id) {
		return section(id).findElements(By.cssSelector(".cb-restricted")).stream().map(WebElement::getText).toList();
	}

	static String badgeState(String source) {
		return UiTest.find("#person-sources [data-source=" + source + "]").getAttribute("data-state");
	}

	/** The Restricted markers of one table of a section, by its caption. */
	static List<WebElement> restrictionsIn(String section, String caption) {
		return table(section, caption).findElements(By.cssSelector(".cb-restricted"));
	}

	/** The table of a section with this caption. */
	static WebElement table(String section, String caption) {
		return section(section).findElements(By.cssSelector("table"))
			.stream()
			.filter((table) -> table.findElement(By.tagName("caption")).getText().equals(caption))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table " + caption + " in " + section));
	}

	/** The text of the banner naming the child in context, or null when none is shown. */
	static String childBanner() {
		WebElement banner = UiTest.find("#child-context");
		return banner.isDisplayed() ? banner.getText().replaceAll("\\s+", " ") : null;
	}

}
