package org.casebridge.demo.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The search form and its results, as a caseworker uses them. */
final class SearchScreen {

	/**
	 * Finds a source's badge and reads it in one script: the page redraws badges as
	 * agencies answer, so an element found in one call may be gone by the next.
	 */
	private static final String BADGE = "const badge = document.querySelector("
			+ "'#search-sources [data-source=' + arguments[0] + ']');";

	private final Map<String, String> fields = new LinkedHashMap<>();

	private String purpose;

	static SearchScreen open() {
		UiTest.open("/search");
		UiTest.waiting(10).until((driver) -> !driver.findElements(By.id("search-form")).isEmpty());
		return new SearchScreen();
	}

	SearchScreen purpose(String value) {
		this.purpose = value;
		return this;
	}

	SearchScreen field(String id, String value) {
		this.fields.put(id, value);
		return this;
	}

	SearchScreen dateOfBirth(String month, String day, String year) {
		return field("dobMonth", month).field("dobDay", day).field("dobYear", year);
	}

	/** Fills the form and submits it. */
	SearchScreen submit() {
		if (this.purpose != null) {
			new Select(UiTest.find("#purpose")).selectByValue(this.purpose);
		}
		this.fields.forEach((id, value) -> {
			WebElement input = UiTest.find("#" + id);
			input.clear();
			input.sendKeys(value);
		});
		UiTest.find("#search-button").click();
		return this;
	}

	/** Waits until every agency has answered (or failed) and candidates are final. */
	SearchScreen awaitComplete() {
		UiTest.waiting(30).until((driver) -> "true".equals(UiTest.find("#results").getAttribute("data-complete")));
		return this;
	}

	static String sourceState(String source) {
		return (String) UiTest.script(BADGE + "return badge && badge.getAttribute('data-state');", source);
	}

	/** The badge's words on one line, as a screen reader reads them. */
	static String sourceText(String source) {
		String text = (String) UiTest.script(BADGE + "return badge ? badge.innerText : '';", source);
		return text.replaceAll("\\s+", " ").trim();
	}

	static String errorAt(String field) {
		return UiTest.find("#" + field + "-error").getText();
	}

}
