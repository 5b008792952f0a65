package org.casebridge.gateway.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Field-level enforcement against the running gateway and the simulated agencies: what a
 * role may ask, which sources are called, and what comes back of a real person.
 */
class AccessEnforcementTests extends GatewayIntegrationTest {

	private static final String SEARCH = "query($p: PurposeOfUse!) { searchPeople(criteria: {lastName: \"Rivera\"}, "
			+ "purpose: $p) { candidates { displayName } sources { source state } } }";

	private static final String LOCATION = """
			query($h: ID!, $p: PurposeOfUse!) { person(handle: $h, purpose: $p) {
			  locate { addresses { city } employers { employerName } wages { employerName }
			    driverRecords { status address { city } } }
			  placements { episodeId placements { setting providerName address { city } } }
			} }
			""";

	@Test
	void aPurposeTheRoleMayNotUseIsRefusedBeforeAnyAgencyIsCalled() {
		GraphQlClient.Response response = query(idp.token("w-1", "welfare-worker"), SEARCH,
				Map.of("p", "ENFORCE_ORDER"));

		assertThat(response.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(agencyRequests()).isZero();
	}

	@Test
	void sourcesOutsideTheGrantAreReportedDeniedAndNeverCalled() {
		GraphQlClient.Response response = query(idp.token("w-1", "welfare-worker"), SEARCH,
				Map.of("p", "PLACEMENT_PLANNING"));

		assertThat(response.data().path("searchPeople").path("sources").toString())
			.contains("{\"source\":\"LOCATE\",\"state\":\"DENIED\"}");
		assertThat(simulator.requestCount(Agency.LOCATE)).isZero();
		assertThat(simulator.requestCount(Agency.SUPPORT)).isPositive();
	}

	@Test
	void aMaskedSsnAndWithheldGroupsHoldThroughAliasesFragmentsAndNestedLists() {
		SyntheticPerson who = simulator.population().anyKnownToAllAgencies();
		String handle = handleOf(who);
		String document = """
				query($h: ID!) { person(handle: $h, purpose: CASE_REVIEW) {
				  identity { ssns { value } }
				  ...Parts
				  ... on PersonView { inline: identity { numbers: ssns { value } } }
				  support { caseNumber money: payments { amount } }
				} }
				fragment Parts on PersonView { who: identity { ids: ssns { digits: value } } where: locate { homes: addresses { city } } }
				""";

		GraphQlClient.Response response = query(idp.token("w-1", "welfare-worker"), document, Map.of("h", handle));

		JsonNode person = response.data().path("person");
		String masked = "***-**-" + who.ssn().substring(5);
		assertThat(person.path("identity").path("ssns").path(0).path("value").asString()).isEqualTo(masked);
		assertThat(person.path("who").path("ids").path(0).path("digits").asString()).isEqualTo(masked);
		assertThat(person.path("inline").path("numbers").path(0).path("value").asString()).isEqualTo(masked);
		assertThat(response.text()).doesNotContain(who.ssn());
		assertThat(person.path("where").path("homes").isNull()).isTrue();
		assertThat(person.path("support").size()).isPositive();
		List<String> restricted = new ArrayList<>();
		response.errors()
			.forEach((e) -> restricted
				.add(e.path("path").toString() + " " + e.path("extensions").path("reason").asString()));
		assertThat(restricted).contains("[\"person\",\"where\",\"homes\"] NOT_GRANTED",
				"[\"person\",\"support\",0,\"money\"] NOT_GRANTED");
	}

	@Test
	void federalTaxInformationGoesToChildSupportRolesOnly() {
		SyntheticPerson who = simulator.population().anyKnownToAllAgencies();
		String handle = handleOf(who);
		String document = "query($h: ID!) { person(handle: $h, purpose: ENFORCE_ORDER) { support { taxOffsets { amount } } } }";

		GraphQlClient.Response integrator = query(idp.token("agency-system", "integrator"), document,
				Map.of("h", handle));
		GraphQlClient.Response supportWorker = query(idp.token("w-1", "support-worker"), document, Map.of("h", handle));

		assertThat(integrator.errors()).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.path("extensions").path("reason").asString()).isEqualTo("FTI"));
		assertThat(supportWorker.errors().isMissingNode()).isTrue();
		supportWorker.data().path("support").forEach((c) -> assertThat(c.path("taxOffsets").isArray()).isTrue());
	}

	@Test
	void aFlaggedPersonsLocationIsWithheldInEverySectionWithoutSayingWhy() {
		SyntheticPerson flagged = simulator.population().anyWithFamilyViolenceIndicator();
		String handle = handleOf(flagged);

		GraphQlClient.Response asSupport = query(idp.token("w-2", "support-worker"), LOCATION,
				Map.of("h", handle, "p", "LOCATE_PARENT"));
		GraphQlClient.Response asWelfare = query(idp.token("w-1", "welfare-worker"), LOCATION,
				Map.of("h", handle, "p", "PLACEMENT_PLANNING"));

		assertNoLocation(asSupport);
		assertNoLocation(asWelfare);
		assertThat(reasons(asSupport)).contains("PROTECTED").doesNotContain("LOCATE_LIMIT");
	}

	@Test
	void theLocationOfAFlaggedPersonsChildrenIsWithheldInEverySection() {
		SyntheticPerson flagged = simulator.population().anyWithFamilyViolenceIndicator();
		List<SyntheticPerson> children = simulator.population()
			.family(flagged.familyId())
			.stream()
			.filter((p) -> p.role() == SyntheticPerson.Role.CHILD)
			.toList();
		assertThat(children).isNotEmpty();

		for (SyntheticPerson child : children) {
			GraphQlClient.Response asWelfare = query(idp.token("w-1", "welfare-worker"), LOCATION,
					Map.of("h", handleOf(child), "p", "PLACEMENT_PLANNING"));
			GraphQlClient.Response asSupport = query(idp.token("w-2", "support-worker"), LOCATION,
					Map.of("h", handleOf(child), "p", "LOCATE_PARENT"));
			assertNoLocation(asWelfare);
			assertNoLocation(asSupport);
			assertThat(asSupport.data().path("person").path("locate").path("addresses").isNull()).isTrue();
			assertThat(reasons(asSupport)).contains("PROTECTED");
		}
	}

	@Test
	void locatingForChildWelfareIsLimitedToParents() {
		SyntheticPerson child = simulator.population().anyChildInFosterCare();

		GraphQlClient.Response response = query(idp.token("w-1", "welfare-worker"), LOCATION,
				Map.of("h", handleOf(child), "p", "LOCATE_PARENT_FOR_PLACEMENT"));

		assertThat(response.data().path("person").path("locate").path("addresses").isNull()).isTrue();
		assertThat(reasons(response)).contains("LOCATE_LIMIT");
	}

	private void assertNoLocation(GraphQlClient.Response response) {
		JsonNode person = response.data().path("person");
		assertThat(person.isObject()).as(response.text()).isTrue();
		JsonNode locate = person.path("locate");
		assertThat(locate.path("addresses").isNull()).isTrue();
		assertThat(locate.path("employers").isNull() || locate.path("employers").isMissingNode()).isTrue();
		locate.path("wages").forEach((w) -> assertThat(w.path("employerName").isNull()).isTrue());
		locate.path("driverRecords").forEach((d) -> assertThat(d.path("address").isNull()).isTrue());
		person.path("placements").forEach((episode) -> episode.path("placements").forEach((placement) -> {
			assertThat(placement.path("address").isNull()).isTrue();
			assertThat(placement.path("providerName").isNull()).isTrue();
		}));
		assertThat(response.text().toLowerCase(java.util.Locale.ROOT)).doesNotContain("violence", "fvi");
	}

	private static List<String> reasons(GraphQlClient.Response response) {
		List<String> reasons = new ArrayList<>();
		response.errors().forEach((e) -> reasons.add(e.path("extensions").path("reason").asString()));
		return reasons;
	}

	private String handleOf(SyntheticPerson who) {
		String token = idp.token("finder", "support-worker");
		return People.handleOf(who, simulator.population(), (document, variables) -> query(token, document, variables));
	}

}
