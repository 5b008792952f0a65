package org.casebridge.gateway.ui;

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

}
