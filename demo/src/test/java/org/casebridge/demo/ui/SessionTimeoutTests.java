package org.casebridge.demo.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTimeoutTests extends UiTest {

	@Test
	void anIdleSessionWarnsBeforeItEndsAndCanBeKeptWithTheKeyboard() {
		signInAs("welfare-worker");
		SearchScreen.open();

		waiting(DemoSystem.IDLE_SECONDS - DemoSystem.WARNING_SECONDS + 10)
			.until((driver) -> Boolean.TRUE.equals(script("return document.getElementById('session-dialog').open")));

		assertThat(find("#session-dialog h2").getText()).isEqualTo("Your session is about to end");
		assertThat(script("return document.activeElement.id")).isEqualTo("stay-signed-in");
		assertThat(find("#session-countdown").getText()).matches("\\d+ (seconds|minute)");
		assertAccessible("session timeout warning");
		screenshot("session-warning");

		new Actions(browser).sendKeys(Keys.ENTER).perform();

		waiting(5)
			.until((driver) -> Boolean.FALSE.equals(script("return document.getElementById('session-dialog').open")));
		open("/search");
		assertThat(browser.findElements(By.cssSelector("[data-testid=signed-in-user]"))).as("still signed in")
			.hasSize(1);
	}

}
