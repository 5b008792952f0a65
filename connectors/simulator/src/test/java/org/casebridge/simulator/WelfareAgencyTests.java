package org.casebridge.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.casebridge.simulator.internal.population.Episode;
import org.casebridge.simulator.internal.population.Identity;
import org.casebridge.simulator.internal.population.Match;
import org.casebridge.simulator.internal.population.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class WelfareAgencyTests {

	private static Simulator simulator;

	private static World world;

	private static Calls calls;

	@BeforeAll
	static void start() {
		simulator = Simulator.start(SimulatorSettings.defaults()
			.withEphemeralPorts()
			.withWelfareClient("gateway-client", "s3cret&more")
			.withWelfareTokenLifetime(Duration.ofSeconds(120)));
		world = (World) simulator.population();
		calls = new Calls(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void tokenEndpointIssuesBearerTokensForTheConfiguredClient() {
		HttpResponse<String> response = calls.tokenRequest("gateway-client", "s3cret%26more",
				"grant_type=client_credentials");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode token = Calls.json(response);
		assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(token.get("expires_in").asInt()).isEqualTo(120);
		assertThat(token.get("access_token").asString()).hasSizeGreaterThan(30);
	}

	@Test
	void badCredentialsAreRefusedWithInvalidClient() {
		HttpResponse<String> response = calls.tokenRequest("gateway-client", "wrong", "grant_type=client_credentials");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(Calls.json(response).get("error").asString()).isEqualTo("invalid_client");
		HttpResponse<String> wrongGrant = calls.tokenRequest("gateway-client", "s3cret%26more", "grant_type=password");
		assertThat(wrongGrant.statusCode()).isEqualTo(400);
		assertThat(Calls.json(wrongGrant).get("error").asString()).isEqualTo("unsupported_grant_type");
	}

	@Test
	void callsWithoutAValidTokenAreRefusedAndNotAnswered() {
		String search = "/ccwis/persons/search?last_name=SMITH";
		for (String[] headers : new String[][] { {}, { "Authorization", "Bearer made-up" },
				{ "Authorization", "Basic Y2FzZWJyaWRnZTp3ZWxmYXJlLXNlY3JldA==" } }) {
			HttpResponse<String> response = calls.get(Agency.WELFARE, search, headers);
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(Calls.json(response).get("error").asString()).isEqualTo("invalid_token");
			assertThat(response.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
		}
	}

	@Test
	void expiredTokensAreRefused() {
		String token = calls.welfareToken();
		String search = "/ccwis/persons/search?last_name=SMITH";
		assertThat(calls.get(Agency.WELFARE, search, "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
		simulator.expireWelfareTokens();
		HttpResponse<String> expired = calls.get(Agency.WELFARE, search, "Authorization", "Bearer " + token);
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(Calls.json(expired).get("error").asString()).isEqualTo("invalid_token");
		assertThat(calls.get(Agency.WELFARE, search, "Authorization", "Bearer " + calls.welfareToken()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void tokenRequestsAreNotCountedAsBusiness() {
		long before = simulator.requestCount(Agency.WELFARE);
		calls.welfareToken();
		assertThat(simulator.requestCount(Agency.WELFARE)).isEqualTo(before);
	}

	@Test
	void personSearchAnswersInTheDocumentedShape() {
		Identity person = record((match) -> welfare(match) != null && welfare(match).ssn() != null);
		JsonNode results = calls.welfare("/ccwis/persons/search" + Calls.query("ssn", person.ssn())).get("results");
		assertThat(results).hasSize(1);
		JsonNode json = results.get(0);
		assertThat(SupportAgencyTests.fieldNames(json)).containsExactly("person_id", "first_nm", "last_nm", "middle_nm",
				"aka", "dob", "dob_estimated", "ssn", "sex_cd", "dv_flag", "case_ids", "updated_ts");
		assertThat(json.get("person_id").isNumber()).isTrue();
		assertThat(json.get("person_id").asLong()).isEqualTo(Long.parseLong(person.recordId()));
		assertThat(json.get("last_nm").asString()).isEqualTo(person.last()).isUpperCase();
		assertThat(LocalDate.parse(json.get("dob").asString())).isEqualTo(person.dateOfBirth());
		assertThat(json.get("sex_cd").asString()).isIn("1", "2");
		assertThat(json.get("dv_flag").isBoolean()).isTrue();
		assertThat(json.get("case_ids").get(0).asString()).matches("CW-\\d{4}-\\d{6}");
		assertThat(json.get("updated_ts").isNumber()).isTrue();
	}

	@Test
	void missingSsnIsAnEmptyStringAndEstimatedBirthDatesAreFlagged() {
		Identity estimated = record((match) -> welfare(match) != null && welfare(match).dateOfBirthEstimated()
				&& welfare(match).ssn() == null);
		JsonNode json = calls.welfare("/ccwis/persons/" + estimated.recordId()).get("person");
		assertThat(json.get("ssn").asString()).isEmpty();
		assertThat(json.get("dob_estimated").asBoolean()).isTrue();
	}

	@Test
	void searchesByEachCriterion() {
		Identity person = record((match) -> welfare(match) != null && welfare(match).ssn() != null
				&& !welfare(match).aliases().isEmpty());
		assertThat(personIds("last_name", person.last().toLowerCase())).contains(person.recordId());
		assertThat(personIds("last_name", person.aliases().get(0).last())).contains(person.recordId());
		assertThat(personIds("last_name", person.last(), "first_name", person.first().substring(0, 2)))
			.contains(person.recordId());
		assertThat(personIds("dob", person.dateOfBirth().toString())).contains(person.recordId());
		assertThat(personIds("ssn", person.ssn())).containsExactly(person.recordId());
		assertThat(personIds("case_number", person.caseNumbers().get(0))).contains(person.recordId());
		assertThat(personIds("case_number", "CS-2019-004512")).isEmpty();
	}

	@Test
	void personDetailsCarryRemovalEpisodes() {
		SyntheticPerson child = world.anyChildInFosterCare();
		JsonNode details = calls.welfare("/ccwis/persons/" + world.agencyIds(child.truthId()).get(Agency.WELFARE));
		assertThat(details.get("person").get("first_nm").asString()).isUpperCase();
		JsonNode episode = details.get("episodes").get(0);
		assertThat(SupportAgencyTests.fieldNames(episode)).containsExactly("episode_id", "child_person_id", "child_nm",
				"removal_dt", "removal_reason_cd", "placements", "perm_goal_cd", "custody_cd", "tpr", "ive",
				"iv_d_referral", "discharge_dt", "discharge_reason_cd", "worker", "parents", "updated_ts");
		assertThat(episode.get("episode_id").asString()).matches("EP-\\d{6}-\\d");
		assertThat(episode.get("child_person_id").asLong()).isEqualTo(details.get("person").get("person_id").asLong());
		JsonNode placement = episode.get("placements").get(0);
		assertThat(placement.get("setting_cd").asString()).isIn("FFR", "FFN", "GRP", "INS", "PAD");
		assertThat(SupportAgencyTests.fieldNames(placement.get("address"))).containsExactly("street", "unit", "city",
				"st", "zip");
		assertThat(episode.get("perm_goal_cd").asString()).isIn("REU", "ADO", "GDN", "REL", "APP");
		assertThat(episode.get("parents").get(0).get("relationship_cd").asString()).isEqualTo("MO");
		assertThat(episode.get("worker").get("email").asString()).endsWith("@cfs.example.gov");
	}

	@Test
	void referralDecisionsNotToReferCarryAReasonAndAReviewWithinSixMonths() {
		Match match = world
			.first((candidate) -> candidate.person().isChild() && candidate.family()
				.episodesOf(candidate.person())
				.stream()
				.map(Episode::referral)
				.anyMatch((referral) -> referral != null && "NONE".equals(referral.code())))
			.orElseThrow();
		JsonNode referral = calls.welfare("/ccwis/persons/" + welfare(match).recordId())
			.get("episodes")
			.get(0)
			.get("iv_d_referral");
		assertThat(referral.get("refer_cd").asString()).isEqualTo("NONE");
		assertThat(referral.get("reason_txt").asString()).isNotBlank();
		LocalDate decided = LocalDate.parse(referral.get("decision_dt").asString());
		assertThat(LocalDate.parse(referral.get("review_dt").asString())).isAfter(decided)
			.isBeforeOrEqualTo(decided.plusMonths(6));
	}

	@Test
	void familyViolenceIsFlaggedWhereChildWelfareRecordedIt() {
		Match flagged = world.first((candidate) -> welfare(candidate) != null && welfare(candidate).familyViolence())
			.orElseThrow();
		assertThat(
				calls.welfare("/ccwis/persons/" + welfare(flagged).recordId()).get("person").get("dv_flag").asBoolean())
			.isTrue();
		Match notRecorded = world
			.first((candidate) -> candidate.person().truth().familyViolenceIndicator() && welfare(candidate) != null
					&& !welfare(candidate).familyViolence())
			.orElseThrow();
		assertThat(world.flaggedAt(notRecorded.person().truth().truthId())).containsExactly(Agency.SUPPORT);
		assertThat(calls.welfare("/ccwis/persons/" + welfare(notRecorded).recordId())
			.get("person")
			.get("dv_flag")
			.asBoolean()).isFalse();
	}

	@Test
	void badRequestsAreRefusedAsTheAgencyWould() {
		String bearer = "Bearer " + calls.welfareToken();
		HttpResponse<String> none = calls.get(Agency.WELFARE, "/ccwis/persons/search", "Authorization", bearer);
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(Calls.json(none).get("error").asString()).isEqualTo("invalid_request");
		assertThat(
				calls.get(Agency.WELFARE, "/ccwis/persons/search?dob=04/17/1988", "Authorization", bearer).statusCode())
			.isEqualTo(400);
		HttpResponse<String> unknown = calls.get(Agency.WELFARE, "/ccwis/persons/12", "Authorization", bearer);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(Calls.json(unknown).get("error").asString()).isEqualTo("not_found");
	}

	private static List<String> personIds(String... query) {
		List<String> ids = new ArrayList<>();
		calls.welfare("/ccwis/persons/search" + Calls.query(query))
			.get("results")
			.forEach((person) -> ids.add(person.get("person_id").asString()));
		return ids;
	}

	private static Identity record(Predicate<Match> test) {
		return welfare(world.first(test).orElseThrow());
	}

	private static Identity welfare(Match match) {
		return match.family().identity(match.person(), Agency.WELFARE);
	}

}
