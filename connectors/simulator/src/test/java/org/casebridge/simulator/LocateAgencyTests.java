package org.casebridge.simulator;

import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casebridge.simulator.internal.population.Identity;
import org.casebridge.simulator.internal.population.LocateHistory;
import org.casebridge.simulator.internal.population.Match;
import org.casebridge.simulator.internal.population.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class LocateAgencyTests {

	private static Simulator simulator;

	private static World world;

	private static Calls calls;

	@BeforeAll
	static void start() {
		simulator = Simulator.start(SimulatorSettings.defaults().withEphemeralPorts().withLocateRequestsPerSecond(0));
		world = (World) simulator.population();
		calls = new Calls(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void subjectSearchAnswersInTheDocumentedShape() {
		Identity subject = locate(world.first((candidate) -> locate(candidate) != null).orElseThrow());
		JsonNode page = calls.getJson(Agency.LOCATE, "/locate/v1/subjects" + Calls.query("ssn", subject.ssn()));
		assertThat(SupportAgencyTests.fieldNames(page)).containsExactly("items", "page", "size", "totalPages");
		assertThat(page.get("page").asInt()).isZero();
		assertThat(page.get("size").asInt()).isEqualTo(50);
		assertThat(page.get("totalPages").asInt()).isEqualTo(1);
		JsonNode json = page.get("items").get(0);
		assertThat(SupportAgencyTests.fieldNames(json)).containsExactly("subjectKey", "ssn", "surname", "given",
				"middle", "dob", "sex", "sources", "lastSeen");
		assertThat(json.get("subjectKey").asString()).isEqualTo(subject.recordId()).matches("L-[0-9a-f]{8}");
		assertThat(json.get("surname").asString()).isEqualTo(subject.last()).isUpperCase();
		assertThat(json.get("dob").asString()).matches("\\d{8}");
		assertThat(json.get("sources")).isNotEmpty();
		assertThat(json.get("lastSeen").asString()).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
	}

	@Test
	void searchesByEachCriterionAndPages() {
		Identity subject = locate(world.first((candidate) -> locate(candidate) != null).orElseThrow());
		String dob = DateTimeFormatter.BASIC_ISO_DATE.format(subject.dateOfBirth());
		assertThat(keys("surname", subject.last().toLowerCase(), "size", "100")).contains(subject.recordId());
		assertThat(keys("surname", subject.last(), "given", subject.first().substring(0, 2)))
			.contains(subject.recordId());
		assertThat(keys("dob", dob)).contains(subject.recordId());
		assertThat(keys("ssn", subject.ssn())).containsExactly(subject.recordId());
		JsonNode firstPage = calls.getJson(Agency.LOCATE,
				"/locate/v1/subjects" + Calls.query("surname", "SMITH", "size", "2"));
		assertThat(firstPage.get("totalPages").asInt()).isGreaterThan(1);
		JsonNode beyond = calls.getJson(Agency.LOCATE,
				"/locate/v1/subjects" + Calls.query("surname", "SMITH", "size", "2", "page", "9999"));
		assertThat(beyond.get("items")).isEmpty();
	}

	@Test
	void aClientReadsEveryPageOfASubjectsRecords() {
		Match match = world
			.first((candidate) -> locate(candidate) != null
					&& LocateHistory.of(world.seed(), candidate.person()).size() > 40)
			.orElseThrow();
		String key = locate(match).recordId();
		int expected = LocateHistory.of(world.seed(), match.person()).size();
		Set<String> recordIds = new HashSet<>();
		List<String> types = new ArrayList<>();
		int totalPages = Integer.MAX_VALUE;
		for (int page = 0; page < totalPages; page++) {
			JsonNode answer = calls.getJson(Agency.LOCATE, "/locate/v1/subjects/" + key + "/records?page=" + page);
			assertThat(answer.get("subject").get("subjectKey").asString()).isEqualTo(key);
			assertThat(answer.get("size").asInt()).isEqualTo(20);
			totalPages = answer.get("totalPages").asInt();
			for (JsonNode record : answer.get("items")) {
				recordIds.add(record.get("recordId").asString());
				types.add(record.get("type").asString());
				assertRecordShape(record);
			}
		}
		assertThat(totalPages).isGreaterThanOrEqualTo(3);
		assertThat(recordIds).hasSize(expected);
		assertThat(types).contains("ADDRESS", "EMPLOYER", "WAGE");
	}

	@Test
	void driverRecordsCarryLicenceAndAddress() {
		Match match = world
			.first((candidate) -> locate(candidate) != null && LocateHistory.of(world.seed(), candidate.person())
				.stream()
				.anyMatch((record) -> record.recordId().startsWith("DL-")))
			.orElseThrow();
		JsonNode records = calls
			.getJson(Agency.LOCATE, "/locate/v1/subjects/" + locate(match).recordId() + "/records?size=100")
			.get("items");
		JsonNode driver = null;
		for (JsonNode record : records) {
			if ("DRIVER".equals(record.get("type").asString())) {
				driver = record.get("driver");
			}
		}
		assertThat(driver).isNotNull();
		assertThat(SupportAgencyTests.fieldNames(driver)).containsExactly("license", "state", "status", "expires",
				"address");
		assertThat(driver.get("status").asString()).isIn("VALID", "SUSPENDED", "EXPIRED");
	}

	@Test
	void badRequestsAreRefusedAsTheAgencyWould() {
		assertThat(calls.get(Agency.LOCATE, "/locate/v1/subjects").statusCode()).isEqualTo(400);
		assertThat(calls.get(Agency.LOCATE, "/locate/v1/subjects?dob=1988-04-17").statusCode()).isEqualTo(400);
		assertThat(calls.get(Agency.LOCATE, "/locate/v1/subjects?surname=SMITH&size=1000").statusCode()).isEqualTo(400);
		HttpResponse<String> unknown = calls.get(Agency.LOCATE, "/locate/v1/subjects/L-zzzzzzzz/records");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(Calls.json(unknown).get("error").asString()).isEqualTo("SUBJECT_NOT_FOUND");
	}

	@Test
	void overItsRateLimitAClientGets429WithRetryAfter() {
		try (Simulator limited = Simulator
			.start(SimulatorSettings.defaults().withEphemeralPorts().withPeople(200).withLocateRequestsPerSecond(5))) {
			Calls limitedCalls = new Calls(limited);
			HttpResponse<String> refused = null;
			int answered = 0;
			for (int i = 0; i < 20 && refused == null; i++) {
				HttpResponse<String> response = limitedCalls.get(Agency.LOCATE, "/locate/v1/subjects?surname=SMITH");
				if (response.statusCode() == 429) {
					refused = response;
				}
				else {
					answered++;
				}
			}
			assertThat(refused).isNotNull();
			assertThat(answered).isGreaterThanOrEqualTo(1);
			assertThat(Calls.json(refused).get("error").asString()).isEqualTo("RATE_LIMITED");
			assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
			limited.reset();
			assertThat(limitedCalls.get(Agency.LOCATE, "/locate/v1/subjects?surname=SMITH").statusCode())
				.isEqualTo(200);
		}
	}

	@Test
	void unlimitedWhenTheRateIsZero() {
		for (int i = 0; i < 120; i++) {
			assertThat(calls.get(Agency.LOCATE, "/locate/v1/subjects?surname=SMITH&size=1").statusCode())
				.isEqualTo(200);
		}
	}

	private static void assertRecordShape(JsonNode record) {
		assertThat(SupportAgencyTests.fieldNames(record)).hasSize(5)
			.startsWith("type", "recordId", "source", "reported");
		assertThat(record.get("source").asString()).isIn("NDNH", "SWA", "DMV");
		assertThat(record.get("reported").asString()).matches("\\d{8}");
		switch (record.get("type").asString()) {
			case "ADDRESS" -> assertThat(SupportAgencyTests.fieldNames(record.get("address"))).containsExactly("line1",
					"line2", "city", "state", "zip");
			case "EMPLOYER" -> {
				assertThat(SupportAgencyTests.fieldNames(record.get("employer"))).containsExactly("name", "ein",
						"hired", "separated", "address");
				assertThat(record.get("employer").get("ein").asString()).matches("\\d{2}-\\d{7}");
			}
			case "WAGE" -> {
				assertThat(record.get("wage").get("quarter").asString()).matches("\\d{4}Q[1-4]");
				assertThat(record.get("wage").get("amount").asString()).matches("\\d+\\.\\d{2}");
			}
			default -> assertThat(record.get("type").asString()).isEqualTo("DRIVER");
		}
	}

	private static List<String> keys(String... query) {
		List<String> keys = new ArrayList<>();
		calls.getJson(Agency.LOCATE, "/locate/v1/subjects" + Calls.query(query))
			.get("items")
			.forEach((subject) -> keys.add(subject.get("subjectKey").asString()));
		return keys;
	}

	private static Identity locate(Match match) {
		return match.family().identity(match.person(), Agency.LOCATE);
	}

}
