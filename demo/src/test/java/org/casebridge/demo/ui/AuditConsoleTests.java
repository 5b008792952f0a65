package org.casebridge.demo.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor answers who looked at a person, and what a user looked at, and exports it.
 */
class AuditConsoleTests extends UiTest {

	@Test
	void anAuditorSeesWhoAccessedAPerson() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		signInAs("support-worker");
		PersonScreen.openBySsn(person.ssn(), "ENFORCE_ORDER");

		signInAs("auditor");
		find("label[for=find-by-ssn]").click();
		find("#audit-ssn").sendKeys(person.ssn());
		find("#audit-button").click();
		awaitResults();

		assertThat(find("#audit-summary-body").getText()).contains("support-worker");
		// the search and the view that followed it are one action, in words
		assertThat(findAll("#audit-events-body tr[data-type~=PERSON_VIEW]")).isNotEmpty()
			.anySatisfy((row) -> assertThat(row.getText()).contains("support-worker")
				.contains("ENFORCE_ORDER")
				.contains("Search")
				.contains("then Viewed the person")
				.contains("CaseBridge screens")
				.contains("names"));
		assertThat(find("#audit-results").getText()).doesNotContain(person.ssn()).doesNotContain("AUDIT_QUERY");
		assertAccessible("audit: who accessed a person");
		Screenshots.saveFullPage(browser, "audit-person");
	}

	@Test
	void anAuditorFindsThePersonByNameAndANameNotFoundLeavesNoEarlierAnswer() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		signInAs("support-worker");
		PersonScreen.openBySsn(person.ssn(), "ENFORCE_ORDER");

		signInAs("auditor");
		askByName(person.last(), person.first(), person.dateOfBirth());
		awaitResults();
		assertThat(find("#audit-summary-body").getText()).contains("support-worker");

		// a given name and date of birth alone still find a person whose family name
		// changed
		// (decision 15), so the name not found differs in both
		askByName("Nobody-by-this-name", "Nobody", person.dateOfBirth());
		waiting(20).until((driver) -> !find("#audit-last-error").getText().isEmpty());
		assertThat(find("#audit-last-error").getText())
			.isEqualTo("No person with this name and date of birth was found.");
		assertThat(find("#audit-results").isDisplayed()).isFalse();
		assertThat(findAll("#audit-events-body tr")).isEmpty();
	}

	@Test
	void anAuditorSeesWhatAUserAccessedAndExportsTheReport() throws IOException {
		signInAs("auditor");
		askWhatUserAccessed("auditor");
		// every question to the trail is itself recorded: the second answer holds the
		// first
		askWhatUserAccessed("auditor");

		assertThat(findAll("#audit-events-body tr")).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.getText()).contains("auditor"));
		assertThat(findAll("#audit-events-body tr[data-type~=AUDIT_QUERY]")).isNotEmpty();
		assertThat(find("#audit-summary-body").getText()).contains("auditor").contains("ui-session");
		assertAccessible("audit: what a user accessed");
		Screenshots.saveFullPage(browser, "audit");

		Path downloads = Files.createTempDirectory("casebridge-downloads");
		browser.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		find("#audit-export").click();
		waiting(10).until((driver) -> csvIn(downloads) != null);
		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
		assertThat(csvIn(downloads).getFileName().toString()).startsWith("casebridge-access-report-")
			.endsWith("-to-" + today + ".csv");
		List<String> lines = Files.readAllLines(csvIn(downloads), StandardCharsets.UTF_8);
		assertThat(lines.get(0)).startsWith("seq,eventId,type,occurredAt,subject");
		assertThat(lines.subList(1, lines.size())).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).contains(",auditor,"))
			.anySatisfy((line) -> assertThat(line).contains(",AUDIT_QUERY,"));
	}

	@Test
	void aPeriodIsRequiredAndCannotRunBackwards() {
		signInAs("auditor");
		find("label[for=by-user]").click();
		find("#audit-subject").sendKeys("support-worker");
		find("#audit-from").clear();
		find("#audit-button").click();
		assertThat(find("#audit-from-error").getText()).isEqualTo("Enter the first day of the period.");
		assertThat(find("#audit-from").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(find("#audit-results").isDisplayed()).isFalse();
	}

	private static void askByName(String last, String first, java.time.LocalDate born) {
		find("label[for=by-person]").click();
		find("label[for=find-by-name]").click();
		for (String id : new String[] { "#audit-last", "#audit-first" }) {
			find(id).clear();
		}
		find("#audit-last").sendKeys(last);
		find("#audit-first").sendKeys(first);
		// a date input's keyboard order depends on the browser's locale; its value does
		// not
		browser.executeScript("arguments[0].value = arguments[1]", find("#audit-dob"), born.toString());
		find("#audit-button").click();
	}

	private static void askWhatUserAccessed(String subject) {
		find("label[for=by-user]").click();
		find("#audit-subject").clear();
		find("#audit-subject").sendKeys(subject);
		find("#audit-button").click();
		awaitResults();
	}

	private static void awaitResults() {
		waiting(20).until((driver) -> "true".equals(find("#audit-results").getAttribute("data-complete"))
				|| find("#audit-error").isDisplayed());
		assertThat(find("#audit-error").isDisplayed()).as(find("#audit-error").getText()).isFalse();
	}

	private static Path csvIn(Path directory) {
		try (var files = Files.list(directory)) {
			return files.filter((file) -> file.toString().endsWith(".csv")).findFirst().orElse(null);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
