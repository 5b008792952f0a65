package org.casebridge.demo.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser tests: the demo system and the browser, each started once for the
 * whole suite, and the steps every test takes (sign in as a demo user, sign out, wait).
 */
abstract class UiTest {

	static final String PASSWORD = "demo";

	protected static ChromeDriver browser;

	@BeforeAll
	static void startDemoAndBrowser() {
		DemoSystem.demo();
		browser = Browser.driver();
	}

	static String url(String path) {
		return DemoSystem.gateway().resolve(path).toString();
	}

	static void open(String path) {
		browser.get(url(path));
	}

	/**
	 * Waits for a condition on a page that redraws as answers arrive: an element found
	 * just before a redraw is looked for again rather than failing the wait.
	 */
	static WebDriverWait waiting(int seconds) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	static WebElement find(String css) {
		return browser.findElement(By.cssSelector(css));
	}

	static List<WebElement> findAll(String css) {
		return browser.findElements(By.cssSelector(css));
	}

	static Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	/** Forgets every session (the gateway's and the identity provider's share a host). */
	static void forgetSessions() {
		open("/");
		browser.manage().deleteAllCookies();
	}

	/** Signs in at the demo identity provider and returns on the user's first screen. */
	static void signInAs(String user) {
		forgetSessions();
		open("/");
		find("#sign-in").click();
		waiting(15).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		find("#username").sendKeys(user);
		find("#password").sendKeys(PASSWORD);
		find("button[type=submit]").click();
		waiting(15).until((driver) -> driver.getCurrentUrl().startsWith(url("/"))
				&& !driver.findElements(By.cssSelector("[data-testid=signed-in-user]")).isEmpty());
		assertThat(find("[data-testid=signed-in-user]").getText()).isEqualTo(user);
	}

	static void signOut() {
		find("#sign-out").click();
		waiting(15).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
	}

	/** Runs a GraphQL document in the signed-in page, through the screen's own client. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> graphql(String query, Map<String, Object> variables) {
		return (Map<String, Object>) ((JavascriptExecutor) browser)
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "window.CaseBridge.graphql(arguments[0], arguments[1]).then(done, (e) => done({ failure: String(e) }));",
					query, variables);
	}

	static void assertAccessible(String screen) {
		Accessibility.assertNoSeriousViolations(browser, screen);
	}

	static void screenshot(String name) {
		Screenshots.save(browser, name);
	}

}
