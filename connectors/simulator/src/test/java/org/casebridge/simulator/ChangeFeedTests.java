package org.casebridge.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeFeedTests {

	private static Simulator simulator;

	private static Calls calls;

	@BeforeAll
	static void start() {
		simulator = Simulator.start(SimulatorSettings.defaults().withEphemeralPorts());
		calls = new Calls(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void everyJointSituationIsInThePopulation() {
		for (JointCaseKind kind : JointCaseKind.values()) {
			JointCase found = simulator.population().jointCase(kind).orElseThrow(() -> new AssertionError(kind));
			assertThat(found.welfareWorkerEmail()).as(kind.name()).endsWith("@cfs.example.gov");
			assertThat(found.agencyPersonId()).as(kind.name()).matches("\\d+");
		}
		JointCase payee = simulator.population().jointCase(JointCaseKind.PAYEE_AFTER_REMOVAL).orElseThrow();
		assertThat(payee.amount()).isPositive();
		assertThat(payee.supportWorkerEmail()).endsWith("@support.example.gov");
	}

	@Test
	void supportFeedServesAnnouncedChangesAfterTheCursorInItsOwnFormat() {
		int before = simulator.changes().count(Agency.SUPPORT);
		String id = simulator.changes()
			.announce(Agency.SUPPORT, "PAYEE", "M0000001", "CS-2020-000001", LocalDate.of(2026, 10, 3));
		JsonNode page = calls.getJson(Agency.SUPPORT, "/api/v2/changes?after=" + before + "&limit=10");
		assertThat(page.get("next").asString()).isEqualTo(Integer.toString(before + 1));
		JsonNode change = page.get("changes").get(0);
		assertThat(change.get("changeId").asString()).isEqualTo(id).matches("SUP-EV-\\d{9}");
		assertThat(change.get("type").asString()).isEqualTo("PAYEE");
		assertThat(change.get("effective").asString()).isEqualTo("10/03/2026");
		assertThat(change.get("signature").asString()).isNotBlank();
		assertThat(calls.getJson(Agency.SUPPORT, "/api/v2/changes?after=" + (before + 1)).get("changes")).isEmpty();
		assertThat(calls.get(Agency.SUPPORT, "/api/v2/changes?limit=0").statusCode()).isEqualTo(400);
	}

	@Test
	void welfareFeedNeedsItsTokenAndServesSnakeCase() {
		assertThat(calls.get(Agency.WELFARE, "/ccwis/changes").statusCode()).isEqualTo(401);
		int before = simulator.changes().count(Agency.WELFARE);
		simulator.changes().announce(Agency.WELFARE, "REMOVAL", "1048576", "CW-2023-000187", LocalDate.of(2023, 2, 27));
		JsonNode event = calls.welfare("/ccwis/changes?after=" + before).get("events").get(0);
		assertThat(event.get("event_cd").asString()).isEqualTo("REMOVAL");
		assertThat(event.get("person_id").isNumber()).isTrue();
		assertThat(event.get("effective_dt").asString()).isEqualTo("2023-02-27");
	}

	@Test
	void theClockReplaysHistoryAtItsPace() {
		int before = simulator.changes().count(Agency.WELFARE) + simulator.changes().count(Agency.SUPPORT);
		simulator.changes().pace(200);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		try {
			while (simulator.changes().count(Agency.WELFARE) + simulator.changes().count(Agency.SUPPORT) < before + 20
					&& Instant.now().isBefore(deadline)) {
				Thread.onSpinWait();
			}
		}
		finally {
			simulator.changes().pace(0);
		}
		assertThat(simulator.changes().count(Agency.WELFARE) + simulator.changes().count(Agency.SUPPORT))
			.isGreaterThanOrEqualTo(before + 20);
	}

	@Test
	void locateFeedServesNewHiresAndDmvAddressesInCamelCaseAndCompactDates() {
		int before = simulator.changes().count(Agency.LOCATE);
		simulator.changes().announce(Agency.LOCATE, "NEW_HIRE", "L-0000abcd", "N-1234", LocalDate.of(2026, 9, 14));
		JsonNode page = calls.getJson(Agency.LOCATE, "/locate/v1/changes?since=" + before + "&size=10");
		assertThat(page.get("since").asString()).isEqualTo(Integer.toString(before + 1));
		JsonNode change = page.get("items").get(0);
		assertThat(change.get("changeKey").asString()).matches("LOC-CH-\\d{9}");
		assertThat(change.get("subjectKey").asString()).isEqualTo("L-0000abcd");
		assertThat(change.get("recordId").asString()).isEqualTo("N-1234");
		assertThat(change.get("effective").asString()).isEqualTo("20260914");
		assertThat(change.get("signature").asString()).isNotBlank();
		assertThat(calls.get(Agency.LOCATE, "/locate/v1/changes?size=0").statusCode()).isEqualTo(400);
	}

	@Test
	void everyLocatedParentSituationIsInThePopulationAsItsKindSays() {
		Population population = simulator.population();
		for (LocatedParentKind kind : LocatedParentKind.values()) {
			LocatedParent found = population.locatedParent(kind).orElseThrow(() -> new AssertionError(kind));
			String person = found.personTruthId();
			String child = found.childTruthId();
			boolean parent = population.parentsOf(child).stream().anyMatch((p) -> p.truthId().equals(person))
					|| population.recordedParentsOf(child).stream().anyMatch((p) -> p.truthId().equals(person));
			assertThat(found.subjectKey()).as(kind.name()).isEqualTo(population.agencyIds(person).get(Agency.LOCATE));
			assertThat(found.reported()).as(kind.name()).isNotNull();
			switch (kind) {
				case PARENT_OF_WAITING_CHILD, UNLINKED_PARENT -> {
					assertThat(parent).as(kind.name()).isTrue();
					assertThat(population.waitingForPlacement(child)).as(kind.name()).isTrue();
					assertThat(population.flaggedAt(person)).as(kind.name()).isEmpty();
				}
				case FLAGGED_PARENT -> {
					assertThat(parent).isTrue();
					assertThat(population.waitingForPlacement(child)).isTrue();
					assertThat(population.flaggedAt(person)).isNotEmpty();
				}
				case RELATIVE -> {
					assertThat(parent).isFalse();
					assertThat(population.relativesOf(child)).anyMatch((r) -> r.truthId().equals(person));
					assertThat(population.waitingForPlacement(child)).isTrue();
				}
				case CHILD_PLACED -> {
					assertThat(parent).isTrue();
					assertThat(population.waitingForPlacement(child)).isFalse();
				}
				case PARENT_OF_OTHER_CHILD -> assertThat(population.welfareWorkersOf(child)).isEmpty();
			}
		}
	}

	@Test
	void theLocateHistoryIsAnnouncedOnceAtWill() {
		int before = simulator.changes().count(Agency.LOCATE);
		int announced = simulator.changes().announceHistory(Agency.LOCATE);
		assertThat(announced).isPositive();
		assertThat(simulator.changes().count(Agency.LOCATE)).isEqualTo(before + announced);
	}

}
