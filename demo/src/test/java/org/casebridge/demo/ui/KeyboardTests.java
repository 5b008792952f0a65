package org.casebridge.demo.ui;

import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker who uses only the keyboard: skip to the form, fill it, search, open a
 * person, sign out. Every step asserts where the focus is.
 */
class KeyboardTests extends UiTest {

	@Test
	void searchOpenAndSignOutWithTheKeyboardAlone() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		signInAs("support-worker");
		SearchScreen.open();

		press(Keys.TAB);
		assertThat(focused()).as("the first stop is the skip link").isEqualTo("a.usa-skipnav");
		press(Keys.ENTER);
		press(Keys.TAB);
		assertThat(focused()).as("skipping lands before the purpose").isEqualTo("#purpose");
		press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
		assertThat(find("#purpose").getAttribute("value")).isEqualTo("ENFORCE_ORDER");
		press(Keys.TAB);
		assertThat(focused()).isEqualTo("#firstName");
		tabTo("#ssn");
		new Actions(browser).sendKeys(person.ssn()).perform();
		press(Keys.ENTER);

		new SearchScreen().awaitComplete();
		assertThat(focused()).as("focus moves to the results").isEqualTo("#results-heading");
		press(Keys.TAB);
		assertThat(script("return document.activeElement.classList.contains('cb-candidate__link')"))
			.as("the next stop is the best candidate")
			.isEqualTo(true);
		press(Keys.ENTER);
		PersonScreen.awaitComplete();
		assertThat(browser.getCurrentUrl()).startsWith(url("/person"));

		press(Keys.TAB);
		assertThat(focused()).isEqualTo("a.usa-skipnav");
		tabTo("#sign-out");
		press(Keys.ENTER);
		waiting(15).until((driver) -> driver.getCurrentUrl().equals(url("/")));
		assertThat(find("#sign-in").isDisplayed()).isTrue();
	}

	private static void press(CharSequence... keys) {
		Actions actions = new Actions(browser);
		for (CharSequence key : keys) {
			actions.sendKeys(key);
		}
		actions.perform();
	}

	/** Tabs forward until the element is focused, at most 30 stops. */
	private static void tabTo(String selector) {
		for (int i = 0; i < 30 && !selector.equals(focused()); i++) {
			press(Keys.TAB);
		}
		assertThat(focused()).isEqualTo(selector);
	}

	/** The focused element as "#id", or "tag.firstClass" when it has no id. */
	private static String focused() {
		return (String) script("""
				const e = document.activeElement;
				if (!e) { return null; }
				if (e.id) { return '#' + e.id; }
				return e.tagName.toLowerCase() + (e.classList.length ? '.' + e.classList[0] : '');
				""");
	}

}
