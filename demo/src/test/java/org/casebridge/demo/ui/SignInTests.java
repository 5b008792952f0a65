package org.casebridge.demo.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

class SignInTests extends UiTest {

	@Test
	void caseworkerSignsInAtTheIdentityProviderAndLandsOnTheSearchScreen() {
		forgetSessions();
		open("/");
		assertThat(find("h1").getText()).isEqualTo("CaseBridge");
		assertAccessible("sign-in page");
		screenshot("sign-in");

		signInAs("welfare-worker");

		assertThat(browser.getCurrentUrl()).isEqualTo(url("/search"));
		assertThat(find(".cb-user__roles").getText()).isEqualTo("welfare-worker");
		assertThat(
				findAll("nav[aria-label=Primary] a > span:first-child").stream().map((link) -> link.getText()).toList())
			.containsExactly("Search", "Alerts");
		assertAccessible("search screen");
		screenshot("search");
	}

	@Test
	void securityOfficerLandsOnThePolicyConsoleAndAuditorOnTheAuditTrail() {
		signInAs("security-officer");
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/console/policy"));
		assertThat(
				findAll("nav[aria-label=Primary] a > span:first-child").stream().map((link) -> link.getText()).toList())
			.containsExactly("Access policy", "Audit");
		assertThat(findAll("#alert-count")).as("no alerts for a security officer").isEmpty();

		signInAs("auditor");
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/console/audit"));
		open("/alerts");
		assertThat(find("h1").getText()).as("an auditor has no alerts inbox").isEqualTo("You may not open this page");
	}

	@Test
	void aScreenOutsideTheRoleIsRefusedWithAnExplanation() {
		signInAs("support-worker");

		open("/console/policy");

		assertThat(find("h1").getText()).isEqualTo("You may not open this page");
		assertAccessible("access refused page");
	}

	@Test
	void signingOutEndsTheSessionHereAndAtTheIdentityProvider() {
		signInAs("supervisor");

		signOut();

		assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
		open("/search");
		assertThat(browser.getCurrentUrl()).as("a signed-out browser is sent to the sign-in page").isEqualTo(url("/"));
		find("#sign-in").click();
		waiting(15).until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
		assertThat(browser.getCurrentUrl()).as("the identity provider asks for the password again")
			.doesNotStartWith(url("/"));
		assertAccessible("identity provider's sign-in form");
	}

}
