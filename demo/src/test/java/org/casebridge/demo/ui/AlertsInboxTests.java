package org.casebridge.demo.ui;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.casebridge.simulator.JointCase;
import org.casebridge.simulator.JointCaseKind;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts inbox and the count of new alerts in the header: a change announced by an
 * agency reaches the assigned worker's inbox with its flag in words, the cases and the
 * evidence the worker may see; acknowledging and dismissing (never without a reason)
 * change the header's count; a worker of no case concerned has nothing.
 */
class AlertsInboxTests extends UiTest {

	private static final String PURPOSE = "CASE_REVIEW";

	@Test
	void theAssignedWorkerReadsAcknowledgesAndDismissesWithAReason() {
		JointCase payee = Alerts.announce(JointCaseKind.PAYEE_AFTER_REMOVAL);
		JointCase discharge = Alerts.announce(JointCaseKind.DISCHARGE_WITH_FOSTER_CARE_CASE);
		signInAs(DemoSystem.SUPPORT_WORKER);

		Alerts.open(PURPOSE);
		WebElement payeeAlert = Alerts.await("PAYEE_MAY_NEED_TO_CHANGE", payee.supportCaseNumber());
		Alerts.await("SUPPORT_CASE_MAY_CLOSE", discharge.supportCaseNumber());

		assertThat(payeeAlert.findElement(By.cssSelector(".cb-alert__title")).getText())
			.isEqualTo("Support may be going to the wrong payee");
		assertThat(payeeAlert.findElement(By.cssSelector(".cb-flag__reason")).getText()).contains("42 USC 657(e)");
		assertThat(payeeAlert.findElement(By.cssSelector("[data-acting]")).getText()).isEqualTo("Child support");
		assertThat(payeeAlert.findElement(By.cssSelector("[data-case='" + payee.supportCaseNumber() + "']")).getText())
			.isEqualTo("Child support case " + payee.supportCaseNumber() + " (assigned to you)");
		assertThat(payeeAlert.findElement(By.cssSelector("[data-evidence=disbursedTotal] dd")).getText())
			.isEqualTo("$" + payee.amount().toPlainString());
		assertThat(payeeAlert.findElement(By.cssSelector("[data-evidence=removal] dd")).getText())
			.contains("removed " + payee.since());
		assertThat(payeeAlert.findElement(By.cssSelector("a.cb-alert__person")).getAttribute("href"))
			.startsWith(url("/person?handle="))
			.endsWith("&purpose=" + PURPOSE);
		assertAccessible("alerts inbox");
		Screenshots.saveFullPage(browser, "alerts");

		int count = Alerts.settledHeaderCount();
		payeeAlert.findElement(By.cssSelector(".cb-alert__acknowledge")).sendKeys(Keys.ENTER);
		waiting(15).until((driver) -> "ACKNOWLEDGED".equals(payeeAlert.getAttribute("data-status")));
		assertThat(payeeAlert.findElement(By.cssSelector(".cb-alert__status")).getAttribute("textContent"))
			.isEqualTo("Acknowledged");
		Alerts.awaitHeaderCount(count - 1);

		WebElement dischargeAlert = Alerts.find("SUPPORT_CASE_MAY_CLOSE", discharge.supportCaseNumber());
		dischargeAlert.findElement(By.cssSelector(".cb-alert__dismiss")).sendKeys(Keys.ENTER);
		WebElement reason = dischargeAlert.findElement(By.cssSelector("textarea.cb-alert__reason"));
		assertThat(script("return document.activeElement === arguments[0]", reason)).as("focus on the reason")
			.isEqualTo(true);
		dischargeAlert.findElement(By.cssSelector(".cb-alert__dismiss-submit")).click();
		assertThat(Alerts.reasonError(dischargeAlert)).isEqualTo("Enter why you are dismissing this alert.");
		assertThat(reason.getAttribute("aria-invalid")).isEqualTo("true");
		assertAccessible("alerts inbox with a dismissal refused");

		// past what the field lets anyone type: the gateway refuses, and the form says so
		script("arguments[0].value = 'x'.repeat(1001)", reason);
		dischargeAlert.findElement(By.cssSelector(".cb-alert__dismiss-submit")).click();
		waiting(15).until((driver) -> Alerts.reasonError(dischargeAlert).startsWith("A dismissal needs a reason"));
		assertThat(Alerts.reasonError(dischargeAlert)).isEqualTo("A dismissal needs a reason of 1 to 1000 characters.");
		assertThat(Alerts.find("SUPPORT_CASE_MAY_CLOSE", discharge.supportCaseNumber()).getAttribute("data-status"))
			.isEqualTo("NEW");
		assertThat(Alerts.headerCount()).as("nothing changed").isEqualTo(count - 1);

		reason.clear();
		reason.sendKeys("Foster-care case closed on the payee review, recorded in the case notes");
		dischargeAlert.findElement(By.cssSelector(".cb-alert__dismiss-submit")).click();
		waiting(15).until((driver) -> Alerts.all("SUPPORT_CASE_MAY_CLOSE", discharge.supportCaseNumber()).isEmpty());
		assertThat(find("#alerts-status").getAttribute("textContent")).startsWith("Alert dismissed");
		assertThat(script("return document.activeElement.classList.contains('cb-alert__title')"))
			.as("focus moves to the next alert")
			.isEqualTo(true);
		Alerts.awaitHeaderCount(count - 2);

		find("#alerts-show").click();
		waiting(15).until((driver) -> "true".equals(find("#alerts-results").getAttribute("data-complete")));
		assertThat(Alerts.all("SUPPORT_CASE_MAY_CLOSE", discharge.supportCaseNumber())).as("dismissed for good")
			.isEmpty();
		assertThat(Alerts.find("PAYEE_MAY_NEED_TO_CHANGE", payee.supportCaseNumber()).getAttribute("data-status"))
			.isEqualTo("ACKNOWLEDGED");
	}

	@Test
	void thePurposeIsRequiredBeforeAnyAlertIsRead() {
		signInAs(DemoSystem.SUPPORT_WORKER);
		open("/alerts");

		find("#alerts-show").click();

		assertThat(find("#alerts-purpose-error").getText()).isEqualTo("Select why you are reading your alerts.");
		assertThat(find("#alerts-purpose").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(find("#alerts-results").isDisplayed()).isFalse();
		assertAccessible("alerts inbox before a purpose is stated");
	}

	@Test
	void aWorkerOfNoCaseConcernedHasAnEmptyInboxAndNoCount() {
		JointCase payee = Alerts.announce(JointCaseKind.PAYEE_AFTER_REMOVAL);
		signInAs(DemoSystem.SUPPORT_WORKER);
		Alerts.open(PURPOSE);
		// the control: the same change alerted its case's worker
		Alerts.await("PAYEE_MAY_NEED_TO_CHANGE", payee.supportCaseNumber());

		signInAs("supervisor");
		Alerts.open(PURPOSE);

		assertThat(findAll("#alerts-list li")).isEmpty();
		assertThat(find("#alerts-summary").getText()).isEqualTo("You have no open alerts.");
		Alerts.awaitHeaderCount(0);
		assertThat(find("#main-content").getText()).doesNotContain(payee.supportCaseNumber());
		assertAccessible("an empty alerts inbox");
	}

	/** The inbox as a worker uses it. */
	static final class Alerts {

		private static final Duration PATIENCE = Duration.ofSeconds(30);

		private Alerts() {
		}

		static JointCase announce(JointCaseKind kind) {
			JointCase situation = DemoSystem.agencies()
				.population()
				.jointCase(kind)
				.orElseThrow(() -> new AssertionError("no " + kind));
			DemoSystem.agencies()
				.changes()
				.announce(situation.agency(), situation.code(), situation.agencyPersonId(), situation.caseNumber(),
						situation.effective());
			return situation;
		}

		static void open(String purpose) {
			UiTest.open("/alerts");
			new Select(UiTest.find("#alerts-purpose")).selectByValue(purpose);
			show();
		}

		static void show() {
			UiTest.script("document.getElementById('alerts-results').removeAttribute('data-complete')");
			UiTest.find("#alerts-show").click();
			UiTest.waiting(15)
				.until((driver) -> "true".equals(UiTest.find("#alerts-results").getAttribute("data-complete")));
		}

		/**
		 * Reads the inbox again until the alert is there (the gateway raises it shortly).
		 */
		static WebElement await(String kind, String caseNumber) {
			long deadline = System.nanoTime() + PATIENCE.toNanos();
			while (all(kind, caseNumber).isEmpty()) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("no " + kind + " alert on case " + caseNumber + " within " + PATIENCE);
				}
				// between two reads of the inbox: each read is a request, and audited
				LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
				show();
			}
			return find(kind, caseNumber);
		}

		static List<WebElement> all(String kind, String caseNumber) {
			return UiTest.findAll("#alerts-list li.cb-alert[data-kind=" + kind + "]")
				.stream()
				.filter((alert) -> !alert.findElements(By.cssSelector("[data-case='" + caseNumber + "']")).isEmpty())
				.toList();
		}

		static WebElement find(String kind, String caseNumber) {
			List<WebElement> found = all(kind, caseNumber);
			assertThat(found).as(kind + " on case " + caseNumber).hasSize(1);
			return found.get(0);
		}

		static String reasonError(WebElement alert) {
			return alert.findElement(By.cssSelector(".cb-alert__dismiss-form .usa-error-message")).getText();
		}

		static int headerCount() {
			String count = UiTest.find("#alert-count").getAttribute("data-count");
			return (count != null) ? Integer.parseInt(count) : -1;
		}

		/** The header's count once it agrees with the new alerts the inbox shows. */
		static int settledHeaderCount() {
			UiTest.waiting(15).until((driver) -> headerCount() == newInInbox());
			return headerCount();
		}

		static void awaitHeaderCount(int expected) {
			UiTest.waiting(15).until((driver) -> headerCount() == expected);
			assertThat(UiTest.find("#alert-count").getAttribute("textContent")).contains(expected + " new alert");
		}

		private static int newInInbox() {
			return UiTest.findAll("#alerts-list li.cb-alert[data-status=NEW]").size();
		}

	}

}
