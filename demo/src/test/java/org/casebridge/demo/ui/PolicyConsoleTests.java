package org.casebridge.demo.ui;

import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A security officer changes what a role sees, with a reason; the next view by a worker
 * of that role follows the new policy; the officer rolls the change back and the worker
 * sees what they saw before.
 */
class PolicyConsoleTests extends UiTest {

	private static final String CELL = "#cell-support-worker-locate-address";

	@Test
	void aPolicyEditTakesEffectForAWorkerAndIsRolledBack() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		signInAs("security-officer");
		awaitGrid();
		assertAccessible("policy console");
		Screenshots.saveFullPage(browser, "policy-console");
		int before = version();

		new Select(find("#grid-purpose")).selectByValue("ENFORCE_ORDER");
		new Select(find(CELL)).selectByValue("WITHHELD");
		assertThat(find(CELL).findElement(By.xpath("..")).getText()).contains("changed");
		find("#save-policy").click();
		assertThat(find("#change-reason-error").getText()).isEqualTo("Give the reason for this change.");
		find("#change-reason").sendKeys("Ticket 4711: addresses only under a locate purpose");
		find("#save-policy").click();
		waiting(15).until((driver) -> find("#policy-saved").isDisplayed());
		assertThat(version()).isEqualTo(before + 1);
		assertThat(find("#history-body tr").getText()).contains("Ticket 4711").contains("security-officer");

		signInAs("support-worker");
		PersonScreen.openBySsn(person.ssn(), "ENFORCE_ORDER");
		assertThat(PersonScreen.section("locate")
			.findElements(By.cssSelector(".cb-restricted[data-field-group='locate.address'][data-reason=NOT_GRANTED]")))
			.as("the worker's next view follows the new policy")
			.isNotEmpty();

		signInAs("security-officer");
		awaitGrid();
		find("#history-body button[data-version='" + before + "']").click();
		find("#rollback-reason").sendKeys("Ticket 4711 withdrawn");
		find("#rollback-confirm").click();
		waiting(15).until((driver) -> find("#policy-saved").isDisplayed());
		assertThat(find("#policy-saved").getText()).contains("restores version " + before);
		assertAccessible("policy console after rollback");

		signInAs("support-worker");
		PersonScreen.openBySsn(person.ssn(), "ENFORCE_ORDER");
		assertThat(PersonScreen.section("locate").findElements(By.cssSelector(".cb-restricted")))
			.as("after the rollback the addresses are back")
			.isEmpty();
	}

	private static void awaitGrid() {
		waiting(15).until((driver) -> !findAll("#grid-body tr").isEmpty());
	}

	private static int version() {
		return Integer.parseInt(find("#main-content").getAttribute("data-version"));
	}

}
