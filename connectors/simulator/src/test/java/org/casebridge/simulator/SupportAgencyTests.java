package org.casebridge.simulator;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.casebridge.simulator.internal.population.Identity;
import org.casebridge.simulator.internal.population.Identity.Alias.Kind;
import org.casebridge.simulator.internal.population.Match;
import org.casebridge.simulator.internal.population.SupportCase;
import org.casebridge.simulator.internal.population.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SupportAgencyTests {

	private static Simulator simulator;

	private static World world;

	private static Calls calls;

	@BeforeAll
	static void start() {
		simulator = Simulator.start(SimulatorSettings.defaults().withEphemeralPorts());
		world = (World) simulator.population();
		calls = new Calls(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void memberSearchAnswersInTheDocumentedShape() {
		Identity member = record((match) -> support(match) != null && support(match).ssn() != null);
		JsonNode members = calls.getJson(Agency.SUPPORT, "/api/v2/members" + Calls.query("ssn", dashed(member.ssn())))
			.get("members");
		assertThat(members).hasSize(1);
		JsonNode json = members.get(0);
		assertThat(fieldNames(json)).containsExactly("memberId", "ssn", "nameLast", "nameFirst", "nameMiddle",
				"aliases", "birthDate", "gender", "deathDate", "fvi", "cases", "lastUpdated");
		assertThat(json.get("memberId").asString()).isEqualTo(member.recordId()).matches("M\\d{7}");
		assertThat(json.get("ssn").asString()).matches("9\\d{2}-\\d{2}-\\d{4}");
		assertThat(json.get("nameLast").asString()).isEqualTo(member.last());
		assertThat(json.get("birthDate").asString()).matches("\\d{2}/\\d{2}/\\d{4}");
		assertThat(json.get("gender").asString()).isIn("F", "M");
		assertThat(json.get("fvi").asString()).isIn("Y", "N");
		assertThat(json.get("cases").get(0).asString()).matches("CS-\\d{4}-\\d{6}");
		assertThat(OffsetDateTime.parse(json.get("lastUpdated").asString()).getOffset().getTotalSeconds())
			.isIn(-6 * 3600, -7 * 3600);
	}

	@Test
	void searchesByEachCriterion() {
		Match match = world
			.first((candidate) -> support(candidate) != null && support(candidate).ssn() != null
					&& support(candidate).aliases().stream().anyMatch((alias) -> alias.kind() == Kind.MAIDEN))
			.orElseThrow();
		Identity member = support(match);
		String maiden = member.aliases()
			.stream()
			.filter((alias) -> alias.kind() == Kind.MAIDEN)
			.findFirst()
			.orElseThrow()
			.last();
		String birthDate = String.format("%02d/%02d/%d", member.dateOfBirth().getMonthValue(),
				member.dateOfBirth().getDayOfMonth(), member.dateOfBirth().getYear());
		assertThat(memberIds("lastName", member.last().toLowerCase())).contains(member.recordId());
		assertThat(memberIds("lastName", maiden)).contains(member.recordId());
		assertThat(memberIds("lastName", member.last(), "firstName", member.first().substring(0, 2)))
			.contains(member.recordId());
		assertThat(memberIds("birthDate", birthDate)).contains(member.recordId());
		assertThat(memberIds("ssn", dashed(member.ssn()))).containsExactly(member.recordId());
		assertThat(memberIds("ssn", member.ssn())).containsExactly(member.recordId());
		assertThat(memberIds("caseId", member.caseNumbers().get(0))).contains(member.recordId());
		assertThat(memberIds("lastName", member.last(), "birthDate", "01/01/1901")).isEmpty();
	}

	@Test
	void caseSearchFindsEveryParticipantAndOnlyThem() {
		Match match = world.first((candidate) -> !candidate.family().supportCases().isEmpty()).orElseThrow();
		SupportCase supportCase = match.family().supportCases().get(0);
		List<String> expected = supportCase.participants()
			.stream()
			.filter((participant) -> participant.person() != null)
			.map((participant) -> match.family().identity(participant.person(), Agency.SUPPORT).recordId())
			.toList();
		assertThat(memberIds("caseId", supportCase.caseId())).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void memberDetailsCarryFosterCareCaseWithTheIveAgencyAsCustodianAndPayee() {
		Match match = world
			.first((candidate) -> support(candidate) != null && candidate.family()
				.supportCasesOf(candidate.person())
				.stream()
				.anyMatch((supportCase) -> "FC".equals(supportCase.type()) && !supportCase.payments().isEmpty()))
			.orElseThrow();
		JsonNode member = calls.getJson(Agency.SUPPORT, "/api/v2/members/" + support(match).recordId());
		JsonNode fosterCase = null;
		for (JsonNode supportCase : member.get("caseDetails")) {
			if ("FC".equals(supportCase.get("caseType").asString())) {
				fosterCase = supportCase;
			}
		}
		assertThat(fosterCase).isNotNull();
		assertThat(fieldNames(fosterCase)).containsExactly("caseId", "caseType", "status", "openDate", "participants",
				"order", "arrears", "payments", "disbursements", "assignment", "referral", "worker", "updated");
		JsonNode ive = fosterCase.get("participants").get(0);
		assertThat(ive.get("role").asString()).isEqualTo("IVE");
		assertThat(ive.get("memberId").isNull()).isTrue();
		assertThat(ive.get("name").asString()).isEqualTo("State Division of Child and Family Services");
		assertThat(fosterCase.get("assignment").get("program").asString()).isEqualTo("FC");
		assertThat(fosterCase.get("referral").get("source").asString()).isEqualTo("IVE");
		assertThat(fosterCase.get("order").get("amount").asString()).matches("\\d+\\.\\d{2}");
		assertThat(fosterCase.get("order").get("freq").asString()).isIn("M", "W", "B");
		assertThat(fosterCase.get("payments").get(0).get("pmtId").asString()).startsWith("P-");
		assertThat(fosterCase.get("disbursements")).allSatisfy((disbursement) -> {
			assertThat(disbursement.get("payeeType").asString()).isEqualTo("IVE");
			assertThat(disbursement.get("payee").asString()).isEqualTo("State Division of Child and Family Services");
		});
		assertThat(fosterCase.get("worker").get("phone").asString()).matches("801-555-01\\d{2}");
		assertThat(fosterCase.get("worker").get("email").asString()).endsWith("@support.example.gov");
		assertThat(OffsetDateTime.parse(fosterCase.get("updated").asString())).isNotNull();
	}

	@Test
	void federalTaxOffsetsAppearAsPayments() {
		Match match = world
			.first((candidate) -> support(candidate) != null && candidate.family()
				.supportCasesOf(candidate.person())
				.stream()
				.anyMatch((supportCase) -> supportCase.payments()
					.stream()
					.anyMatch((payment) -> "IRS".equals(payment.source()))))
			.orElseThrow();
		JsonNode member = calls.getJson(Agency.SUPPORT, "/api/v2/members/" + support(match).recordId());
		assertThat(member.get("caseDetails").findValues("source")).extracting(JsonNode::asString).contains("IRS");
	}

	@Test
	void familyViolenceIndicatorIsShownOnTheFlaggedParentOnly() {
		SyntheticPerson flagged = world.anyWithFamilyViolenceIndicator();
		JsonNode member = calls.getJson(Agency.SUPPORT,
				"/api/v2/members/" + world.agencyIds(flagged.truthId()).get(Agency.SUPPORT));
		assertThat(member.get("fvi").asString()).isEqualTo("Y");
		for (JsonNode participant : member.get("caseDetails").get(0).get("participants")) {
			if (!participant.get("memberId").isNull()
					&& !participant.get("memberId").asString().equals(member.get("memberId").asString())) {
				JsonNode other = calls.getJson(Agency.SUPPORT,
						"/api/v2/members/" + participant.get("memberId").asString());
				assertThat(other.get("fvi").asString()).isEqualTo("N");
			}
		}
	}

	@Test
	void badRequestsAreRefusedAsTheAgencyWould() {
		HttpResponse<String> none = calls.get(Agency.SUPPORT, "/api/v2/members");
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(Calls.json(none).get("error").asString()).isEqualTo("INVALID_CRITERIA");
		assertThat(calls.get(Agency.SUPPORT, "/api/v2/members?birthDate=1988-04-17").statusCode()).isEqualTo(400);
		assertThat(calls.get(Agency.SUPPORT, "/api/v2/members?birthDate=02/30/1988").statusCode()).isEqualTo(400);
		assertThat(calls.get(Agency.SUPPORT, "/api/v2/members?ssn=12345").statusCode()).isEqualTo(400);
		HttpResponse<String> unknown = calls.get(Agency.SUPPORT, "/api/v2/members/M00000000");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(Calls.json(unknown).get("error").asString()).isEqualTo("MEMBER_NOT_FOUND");
		assertThat(calls.get(Agency.SUPPORT, "/api/v1/members?lastName=Smith").statusCode()).isEqualTo(404);
	}

	private static List<String> memberIds(String... query) {
		List<String> ids = new ArrayList<>();
		calls.getJson(Agency.SUPPORT, "/api/v2/members" + Calls.query(query))
			.get("members")
			.forEach((member) -> ids.add(member.get("memberId").asString()));
		return ids;
	}

	private static Identity record(Predicate<Match> test) {
		return support(world.first(test).orElseThrow());
	}

	private static Identity support(Match match) {
		return match.family().identity(match.person(), Agency.SUPPORT);
	}

	private static String dashed(String ssn) {
		return ssn.substring(0, 3) + "-" + ssn.substring(3, 5) + "-" + ssn.substring(5);
	}

	static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
