package org.casebridge.demo.ui;

import java.util.regex.Pattern;

import org.casebridge.simulator.JointCase;
import org.casebridge.simulator.JointCaseKind;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary at the top of the person view: the person's joint-case flags, their role in
 * each case with the order, arrears, last payment and the assigned worker to call, and
 * the latest address and employer only where the reader may see them.
 */
class PersonSummaryTests extends UiTest {

	/** The simulated agencies' street addresses: "1815 E 1300 S", "763 Juniper Ln", … */
	private static final Pattern STREET_ADDRESS = Pattern
		.compile("\\b\\d{2,4} (?:[NSEW] )?(?:\\d{3,4} [NSEW]|[A-Z][a-z]+ (?:St|Ave|Rd|Dr|Way|Blvd|Ln))\\b");

	private static final Pattern PHONE = Pattern.compile("\\d{3}-\\d{3}-\\d{4}");

	@Test
	void theWelfareWorkerSeesThePayeeFlagAndWhoToCallOnTheChildsPage() {
		JointCase situation = DemoSystem.agencies()
			.population()
			.jointCase(JointCaseKind.PAYEE_AFTER_REMOVAL)
			.orElseThrow();
		SyntheticPerson child = DemoSystem.agencies().population().person(situation.subjectTruthId());
		signInAs(DemoSystem.WELFARE_WORKER);

		PersonScreen.open(child, "PLACEMENT_PLANNING");

		WebElement summary = find("#summary");
		WebElement flag = summary.findElement(By.cssSelector(".cb-summary-flag[data-kind=PAYEE_MAY_NEED_TO_CHANGE]"));
		assertThat(flag.getText()).contains("Support may be going to the wrong payee")
			.contains("42 USC 657(e)")
			.contains("Child support case " + situation.supportCaseNumber());
		WebElement removal = summary
			.findElement(By.cssSelector("#summary-cases tr[data-case='" + episodeOf(summary) + "']"));
		assertThat(removal.findElement(By.cssSelector("td[data-label=\"This person's role\"]")).getText())
			.isEqualTo("Child in care");
		WebElement worker = removal.findElement(By.cssSelector("td[data-label='Assigned worker']"));
		assertThat(worker.findElement(By.cssSelector(".cb-worker__email")).getText())
			.isEqualTo(situation.welfareWorkerEmail());
		assertThat(worker.findElement(By.cssSelector(".cb-worker__phone")).getText()).matches(PHONE);
		WebElement supportCase = summary
			.findElement(By.cssSelector("#summary-cases tr[data-case='" + situation.supportCaseNumber() + "']"));
		assertThat(
				supportCase.findElement(By.cssSelector("td[data-label='Assigned worker'] .cb-worker__email")).getText())
			.isEqualTo(situation.supportWorkerEmail());
		assertThat(supportCase.findElement(By.cssSelector("td[data-label=\"This person's role\"]")).getText())
			.isEqualTo("Child");
		// her grant for placement planning withholds child support's money and locate
		// data:
		// so does the summary, exactly as the sections below it
		for (String column : new String[] { "Arrears", "Last payment" }) {
			assertThat(supportCase.findElements(By.cssSelector("td[data-label='" + column + "'] .cb-restricted")))
				.as(column)
				.singleElement()
				.satisfies((marker) -> assertThat(marker.getAttribute("data-reason")).isEqualTo("NOT_GRANTED"));
		}
		assertThat(supportCase.findElements(By.cssSelector("td[data-label=Order] .cb-restricted"))).isEmpty();
		assertThat(summary.getText()).doesNotContain("$" + situation.amount().toPlainString())
			.doesNotContainPattern(STREET_ADDRESS);
		assertThat(find("#summary-whereabouts [data-summary=address] dd").getText())
			.isEqualTo("Not shown: Locate is not permitted for this purpose");
		assertAccessible("person view with its summary");
		Screenshots.saveElement(browser, summary, "person-summary");
	}

	@Test
	void noAddressOrEmployerOfAPersonWithTheViolenceIndicatorReachesTheSummary() {
		SyntheticPerson person = DemoSystem.agencies().population().anyWithFamilyViolenceIndicator();
		signInAs(DemoSystem.SUPPORT_WORKER);

		PersonScreen.openBySsn(person.ssn(), "LOCATE_PARENT");

		for (String part : new String[] { "address", "employer" }) {
			WebElement value = find("#summary-whereabouts [data-summary=" + part + "] dd");
			assertThat(value.findElements(By.cssSelector(".cb-restricted[data-reason=PROTECTED]"))).as(part)
				.singleElement()
				.satisfies((marker) -> assertThat(marker.getText()).isEqualTo("Disclosure restricted"));
		}
		String summary = find("#summary").getText();
		assertThat(summary).doesNotContainPattern(STREET_ADDRESS).doesNotContainIgnoringCase("violence");
		for (String location : DemoSystem.agencies().population().locationValues(person.truthId())) {
			assertThat(summary).doesNotContain(location);
		}
		assertAccessible("person summary with family violence restrictions");
	}

	@Test
	void theLatestAddressAndEmployerAreShownWhereTheReaderMaySeeThem() {
		SyntheticPerson person = DemoSystem.agencies().population().anyKnownToAllAgencies();
		signInAs(DemoSystem.SUPPORT_WORKER);

		PersonScreen.openBySsn(person.ssn(), "LOCATE_PARENT");

		String address = find("#summary-whereabouts [data-summary=address] dd").getText();
		assertThat(address).containsPattern(STREET_ADDRESS).contains("(Locate, as of");
		assertThat(PersonScreen.table("locate", "Addresses").getText()).contains(address.substring(0, 8));
		assertThat(findAll("#summary .cb-restricted")).isEmpty();
	}

	/** The removal episode the summary lists for the child. */
	private static String episodeOf(WebElement summary) {
		return summary.findElements(By.cssSelector("#summary-cases tr[data-case]"))
			.stream()
			.map((row) -> row.getAttribute("data-case"))
			.filter((id) -> summary.findElement(By.cssSelector("tr[data-case='" + id + "'] th"))
				.getText()
				.startsWith("Child welfare removal episode"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no removal episode in the summary"));
	}

}
