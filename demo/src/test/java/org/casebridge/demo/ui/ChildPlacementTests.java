package org.casebridge.demo.ui;

import java.util.List;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.Population;
import org.casebridge.simulator.SyntheticPerson;
import org.casebridge.simulator.SyntheticPerson.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A welfare worker placing a child may locate that child's parents and putative fathers,
 * and nobody else [42 USC 653(a)(2)(A)(iv)]. The worker says which child from the child's
 * own view; from then on the search and person screens name the child, every person view
 * is asked for that child, and the limit is explained in words wherever it withholds
 * locate data. People are picked from the simulator's ground truth.
 */
class ChildPlacementTests extends UiTest {

	private static final String PURPOSE = "LOCATE_PARENT_FOR_PLACEMENT";

	@AfterEach
	void forgetTheChild() {
		script("window.sessionStorage.clear()");
	}

	@Test
	void theFatherOfTheChildInContextIsLocatedAndClearingTheChildWithholdsItAgain() {
		Family family = Family.ofAChildInFosterCare();
		signInAs("welfare-worker");
		PersonScreen.open(family.child(), PURPOSE);
		assertThat(PersonScreen.childBanner()).as("no child yet").isNull();

		String name = find("#person-name").getText();
		assertThat(name).startsWith(family.child().first()).endsWith(family.child().last());

		find("#set-child-context").sendKeys(Keys.ENTER);

		assertThat(PersonScreen.childBanner()).startsWith("For child: " + name);
		assertThat(find("#child-context-status").getAttribute("textContent")).startsWith("For child: " + name);
		assertThat(script("return document.activeElement.id")).as("focus moves to the banner")
			.isEqualTo("child-context");
		assertThat(find("#child-action").isDisplayed()).as("this child is already the one in context").isFalse();
		assertAccessible("person view of a child in context");

		SearchScreen.open();
		assertThat(PersonScreen.childBanner()).as("the child survives navigation").startsWith("For child: " + name);
		assertAccessible("search screen for a child");
		new SearchScreen().purpose(PURPOSE)
			.field("firstName", family.father().first())
			.field("lastName", family.father().last())
			.dateOfBirth(String.valueOf(family.father().dateOfBirth().getMonthValue()),
					String.valueOf(family.father().dateOfBirth().getDayOfMonth()),
					String.valueOf(family.father().dateOfBirth().getYear()))
			.submit()
			.awaitComplete();
		find("#candidates-body a").click();
		PersonScreen.awaitComplete();

		assertThat(PersonScreen.childBanner()).startsWith("For child: " + name);
		assertThat(PersonScreen.restrictionsIn("locate", "Addresses")).as("addresses shown").isEmpty();
		assertThat(PersonScreen.table("locate", "Addresses").findElements(By.cssSelector("td[data-label=Address]")))
			.isNotEmpty()
			.allSatisfy((cell) -> assertThat(cell.getText()).isNotBlank());
		assertThat(findAll(".cb-restricted[data-reason=LOCATE_LIMIT]")).isEmpty();
		assertAccessible("person view of a parent for a child");
		Screenshots.saveFullPage(browser, "person-for-child");

		find("#child-context-clear").sendKeys(Keys.ENTER);

		assertThat(PersonScreen.childBanner()).isNull();
		assertThat(find("#child-context-status").getAttribute("textContent")).startsWith("The child is cleared");
		assertThat(script("return document.activeElement.id")).as("focus stays on the page").isEqualTo("person-name");
		PersonScreen.awaitComplete();
		assertThat(PersonScreen.restrictionsIn("locate", "Addresses")).singleElement()
			.satisfies((marker) -> assertThat(marker.getAttribute("data-reason")).isEqualTo("LOCATE_LIMIT"));
		assertThat(script("return window.sessionStorage.length")).isEqualTo(0L);
	}

	@Test
	void withoutAChildTheLocateSectionSaysHowToAsk() {
		Family family = Family.ofAChildInFosterCare();
		signInAs("welfare-worker");

		PersonScreen.open(family.father(), PURPOSE);

		for (String table : List.of("Addresses", "Employers", "Driver records")) {
			assertThat(PersonScreen.restrictionsIn("locate", table)).as(table + ": one marker")
				.singleElement()
				.satisfies((marker) -> assertThat(marker.getText()).isEqualTo(
						"Restricted: locate data only for a parent or putative father of the child this view is for"));
		}
		assertThat(PersonScreen.restrictionsIn("locate", "Quarterly wages")).as("one marker, not one per agency")
			.hasSize(1);
		String notice = find("#locate .cb-locate-limit").getText();
		assertThat(notice).contains("limited to the parents of a child")
			.contains("open the child's record, choose “Find a parent for this child's placement”");
		assertThat(find("#child-action").isDisplayed()).as("he is not a child").isFalse();
		assertAccessible("person view with the locate limit");
		script("arguments[0].scrollIntoView()", PersonScreen.section("locate"));
		screenshot("person-locate-limit");
	}

	@Test
	void theChildsGrandmotherIsNotLocatedThoughSheIsAMotherOnABirthRecord() {
		Family family = Family.ofAChildInFosterCare();
		SyntheticPerson stranger = family.grandmother();
		signInAs("welfare-worker");
		PersonScreen.open(family.child(), PURPOSE);
		find("#set-child-context").click();

		PersonScreen.open(stranger, PURPOSE);

		assertThat(PersonScreen.childBanner()).startsWith("For child: " + family.child().first());
		for (String table : List.of("Addresses", "Employers", "Driver records")) {
			assertThat(PersonScreen.restrictionsIn("locate", table)).as(table)
				.singleElement()
				.satisfies((marker) -> assertThat(marker.getAttribute("data-reason")).isEqualTo("LOCATE_LIMIT"));
		}
		assertThat(find("#locate .cb-locate-limit").getText()).contains("of the child this view is for")
			.contains("This view is for " + family.child().first());
		assertThat(find("#restricted-summary").getText())
			.contains("Locate: addresses: Restricted: locate data only for a parent or putative father of the child");

		signOut();
		assertThat(script("return window.sessionStorage.length")).as("signing out forgets the child").isEqualTo(0L);
	}

	/**
	 * A child in foster care, the child's legal father (known to the locate agency), a
	 * grandmother with locate records of her own, and nobody in the family flagged for
	 * family violence (which would withhold everything).
	 */
	record Family(SyntheticPerson child, SyntheticPerson father, SyntheticPerson grandmother) {

		static Family ofAChildInFosterCare() {
			Population population = DemoSystem.agencies().population();
			for (SyntheticPerson child : population.people()) {
				if (child.role() != Role.CHILD || !population.agencyIds(child.truthId()).containsKey(Agency.WELFARE)
						|| population.recordedIdentities(child.truthId())
							.stream()
							.noneMatch((record) -> child.ssn().equals(record.ssn()))) {
					continue;
				}
				List<SyntheticPerson> members = population.family(child.familyId());
				if (members.stream()
					.anyMatch((member) -> !population.flaggedAt(member.truthId()).isEmpty()
							|| member.familyViolenceIndicator())) {
					continue;
				}
				SyntheticPerson father = members.stream()
					.filter((member) -> member.role() == Role.FATHER
							&& population.agencyIds(member.truthId())
								.keySet()
								.containsAll(List.of(Agency.LOCATE, Agency.SUPPORT))
							&& population.parentsOf(child.truthId()).contains(member))
					.findFirst()
					.orElse(null);
				SyntheticPerson grandmother = population.relativesOf(child.truthId())
					.stream()
					.filter((relative) -> relative.role() == Role.GRANDPARENT
							&& relative.sex() == SyntheticPerson.Sex.FEMALE
							&& population.agencyIds(relative.truthId()).containsKey(Agency.LOCATE))
					.findFirst()
					.orElse(null);
				if (father != null && grandmother != null) {
					return new Family(child, father, grandmother);
				}
			}
			throw new AssertionError("no child in foster care with a father and a grandmother on record");
		}

	}

}
