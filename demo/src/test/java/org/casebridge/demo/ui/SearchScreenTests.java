package org.casebridge.demo.ui;

import java.time.Duration;
import java.util.stream.Stream;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Behaviour;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class SearchScreenTests extends UiTest {

	@BeforeEach
	void signIn() {
		signInAs("support-worker");
	}

	@AfterEach
	void restoreAgencies() {
		DemoSystem.agencies().reset();
	}

	static Stream<Arguments> invalidSearches() {
		return Stream.of(
				Arguments.of("purpose missing", null, "lastName", "Smith", "purpose",
						"Select the purpose of your search."),
				Arguments.of("nothing to search by", "ENFORCE_ORDER", "firstName", "Ann", "criteria",
						"Enter an SSN, a case number, a last name, or a first name with a date of birth."),
				Arguments.of("SSN too short", "ENFORCE_ORDER", "ssn", "12345", "ssn",
						"Enter the SSN as nine digits, with or without dashes."),
				Arguments.of("SSN never valid", "ENFORCE_ORDER", "ssn", "000-12-3456", "ssn",
						"This is not a valid SSN."),
				Arguments.of("digits in a name", "ENFORCE_ORDER", "lastName", "Sm1th", "lastName",
						"Use letters, spaces, apostrophes, hyphens and periods only."),
				Arguments.of("name too long", "ENFORCE_ORDER", "lastName", "A".repeat(61), "lastName",
						"Use at most 60 characters."),
				Arguments.of("date of birth incomplete", "ENFORCE_ORDER", "dobYear", "1986", "dateOfBirth",
						"Enter the full date of birth: month, day and year."),
				Arguments.of("case number malformed", "ENFORCE_ORDER", "caseNumber", "CS-19-45", "caseNumber",
						"Enter a case number like CS-2019-004512, CW-2023-000187 or B-2018-0012345."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidSearches")
	void eachInvalidSearchIsExplainedAtItsField(String name, String purpose, String input, String value, String field,
			String message) {
		SearchScreen.open().purpose(purpose).field(input, value).submit();

		assertThat(SearchScreen.errorAt(field)).isEqualTo(message);
		assertThat(find("#error-summary").isDisplayed()).isTrue();
		assertThat(find("#error-summary-list a[data-field=" + field + "]").getText()).endsWith(message);
		assertThat(find("#" + field + "-group").getAttribute("class")).contains("usa-form-group--error");
		assertThat(find("#results").isDisplayed()).as("nothing is searched").isFalse();
	}

	@Test
	void impossibleAndFutureDatesOfBirthAreRefused() {
		SearchScreen.open()
			.purpose("ESTABLISH_PATERNITY")
			.field("firstName", "Ann")
			.dateOfBirth("2", "30", "1990")
			.submit();
		assertThat(SearchScreen.errorAt("dateOfBirth"))
			.isEqualTo("Enter a real date: month 1 to 12 and a day that month has.");

		SearchScreen.open()
			.purpose("ESTABLISH_PATERNITY")
			.field("firstName", "Ann")
			.dateOfBirth("1", "1", "2999")
			.submit();
		assertThat(SearchScreen.errorAt("dateOfBirth"))
			.isEqualTo("Date of birth must be between 1900-01-01 and today.");
		assertThat(find("#dobMonth").getAttribute("aria-invalid")).isEqualTo("true");
		assertAccessible("search screen with errors");
		screenshot("search-errors");
	}

	@Test
	void candidatesShowTheAgenciesThatKnowThemWithConfidenceAndMatchedKeys() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();

		SearchScreen.open().purpose("ENFORCE_ORDER").field("ssn", person.ssn()).submit().awaitComplete();

		for (Agency agency : Agency.values()) {
			assertThat(SearchScreen.sourceState(agency.name())).as(agency.name()).isIn("OK", "NOT_FOUND");
		}
		String firstRow = find("#candidates-body tr").getText();
		assertThat(firstRow).contains(person.last()).contains("SSN").containsPattern("(High|Medium|Low) \\(\\d+%\\)");
		assertThat(firstRow).contains("Fits the search")
			.containsPattern("One record|(Very likely|Likely|Possible|Unlikely) one person \\(\\d+(\\.\\d)?%\\)");
		assertThat(find("#candidates-body tr").findElements(By.cssSelector("li"))).hasSizeGreaterThan(1);
		assertAccessible("search results");
		screenshot("search-results");
	}

	@Test
	void anAgencyThatIsDownIsShownAsUnavailableNotAsNoRecord() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		DemoSystem.agencies().behave(Agency.LOCATE, Behaviour.of(Behaviour.Mode.DOWN));

		SearchScreen.open().purpose("LOCATE_PARENT").field("ssn", person.ssn()).submit().awaitComplete();

		assertThat(SearchScreen.sourceState("LOCATE")).isEqualTo("UNAVAILABLE");
		assertThat(SearchScreen.sourceText("LOCATE")).startsWith("Locate: Unavailable").doesNotContain("No record");
		assertThat(SearchScreen.sourceState("SUPPORT")).isEqualTo("OK");
		assertThat(find("#candidates-body").getText()).contains(person.last());
		assertAccessible("search results with an agency down");
		screenshot("search-agency-down");
	}

	@Test
	void aGatewayAtCapacityIsShownAsBusyNotAsNoRecord() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		SearchScreen screen = SearchScreen.open();
		// the gateway's answer when it is at capacity (AdmissionHttpTests holds the
		// server
		// to it), given by the page's own fetch so that no test needs the real overload
		browser.executeScript("""
				const answer = JSON.stringify({ errors: [{ message: 'The gateway is at capacity; try again shortly.',
				  extensions: { code: 'OVERLOADED' } }] });
				const real = window.fetch;
				window.fetch = (url, init) => url === '/graphql'
				  ? Promise.resolve(new Response(answer, { status: 503,
				      headers: { 'Content-Type': 'application/graphql-response+json', 'Retry-After': '2' } }))
				  : real(url, init);
				""");

		screen.purpose("LOCATE_PARENT").field("ssn", person.ssn()).submit().awaitComplete();

		for (String source : new String[] { "SUPPORT", "WELFARE", "VITALS", "LOCATE" }) {
			assertThat(SearchScreen.sourceText(source)).as(source)
				.contains("CaseBridge is busy")
				.doesNotContain("No record");
		}
		assertThat(find("#candidates-body").getText()).doesNotContain(person.last());
	}

	@Test
	void aSlowAgencyDoesNotHoldTheOthersBack() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		DemoSystem.agencies().behave(Agency.WELFARE, Behaviour.slow(Duration.ofMillis(1500)));

		SearchScreen.open().purpose("ENFORCE_ORDER").field("ssn", person.ssn()).submit();

		waiting(10).until((driver) -> "OK".equals(SearchScreen.sourceState("SUPPORT")));
		assertThat(SearchScreen.sourceState("WELFARE")).as("welfare still loading while support is shown")
			.isEqualTo("LOADING");
		assertThat(SearchScreen.sourceText("WELFARE")).contains("Asking");
		assertThat(find("#candidates-body").getText()).contains(person.last());
		new SearchScreen().awaitComplete();
		assertThat(SearchScreen.sourceState("WELFARE")).isEqualTo("OK");
	}

	@Test
	void theSsnNeverReachesTheAddressHistoryOrBrowserStorage() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		SearchScreen.open().purpose("ENFORCE_ORDER").field("ssn", person.ssn()).submit().awaitComplete();

		assertThat(browser.getCurrentUrl()).isEqualTo(url("/search"));
		assertThat(script("return window.localStorage.length + window.sessionStorage.length")).isEqualTo(0L);
		assertThat(script("return window.history.state")).isNull();
		assertThat((String) script("return document.cookie")).doesNotContain(person.ssn());

		find("#candidates-body a").click();
		waiting(10).until((driver) -> driver.getCurrentUrl().startsWith(url("/person")));
		assertThat(browser.getCurrentUrl()).doesNotContain(person.ssn()).doesNotContain(person.last());
		browser.navigate().back();
		waiting(10).until((driver) -> driver.getCurrentUrl().equals(url("/search")));
		assertThat(find("#ssn").getAttribute("value")).as("the SSN is not restored from history").isEmpty();
	}

}
