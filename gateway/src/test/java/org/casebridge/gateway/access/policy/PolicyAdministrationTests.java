package org.casebridge.gateway.access.policy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.awaitility.Awaitility;
import org.casebridge.gateway.GatewayApplication;
import org.casebridge.gateway.access.People;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security officers change the policy through GraphQL: only they may, a change that
 * breaks a rule changes nothing, a valid one is in force at once here and within five
 * seconds on another gateway sharing the database, and any change can be rolled back.
 */
class PolicyAdministrationTests extends GatewayIntegrationTest {

	private static final String POLICY = "query { accessPolicy { version { version changedBy reason } "
			+ "roles { role program purposes grants { purpose sources fieldGroups { fieldGroup access } } } "
			+ "purposes { purpose enabled } fieldGroups { name maskable } fixedRules { name } } }";

	private static final String SUPERVISOR_PURPOSES = "mutation($purposes: [PurposeOfUse!], $reason: String!, "
			+ "$basedOn: Int) { updateRole(input: {role: \"supervisor\", purposes: $purposes}, "
			+ "change: {reason: $reason, basedOnVersion: $basedOn}) { version changedBy reason summary } }";

	private static final String ROLLBACK = "mutation($to: Int!) { rollbackPolicy(toVersion: $to, "
			+ "change: {reason: \"restore the policy the test found\"}) { version rollbackOf } }";

	private static final String REVIEW = "query { searchPeople(criteria: {lastName: \"Rivera\"}, purpose: CASE_REVIEW) "
			+ "{ truncated } }";

	@Autowired
	private Environment environment;

	private long startVersion;

	@BeforeEach
	void rememberThePolicy() {
		this.startVersion = version();
	}

	@AfterEach
	void restoreThePolicy() {
		if (version() != this.startVersion) {
			GraphQlClient.Response restored = query(officer(), ROLLBACK, Map.of("to", this.startVersion));
			assertThat(restored.errors().isMissingNode() || restored.text().contains("NO_CHANGE")).as(restored.text())
				.isTrue();
		}
	}

	@Test
	void officersAndAuditorsReadThePolicyWithItsRolesGroupsAndFixedRules() {
		for (String role : List.of("security-officer", "auditor")) {
			JsonNode policy = query(idp.token("reader", role), POLICY, Map.of()).data().path("accessPolicy");
			assertThat(policy.path("roles")).hasSize(6);
			assertThat(policy.path("fieldGroups").toString()).contains("\"name\":\"identity.ssn\",\"maskable\":true");
			assertThat(policy.path("fixedRules").toString()).contains("FAMILY_VIOLENCE", "FEDERAL_TAX_INFORMATION",
					"LOCATE_FOR_CHILD_WELFARE");
		}
		assertThat(query(idp.token("w-1", "support-worker"), POLICY, Map.of()).firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void onlySecurityOfficersMayChangeThePolicy() {
		for (String role : List.of("support-worker", "welfare-worker", "supervisor", "auditor", "integrator")) {
			GraphQlClient.Response response = query(idp.token("intruder", role), SUPERVISOR_PURPOSES,
					Map.of("purposes", List.of("REFERRAL_DECISION"), "reason", "let me"));
			assertThat(response.firstErrorCode()).as(role).isEqualTo("FORBIDDEN");
		}
		assertThat(version()).isEqualTo(this.startVersion);
	}

	@Test
	void anInvalidChangeIsRejectedWithEveryReasonAndNothingChanges() {
		String invalid = "mutation { setGrant(input: {role: \"welfare-worker\", purpose: PLACEMENT_PLANNING, "
				+ "sources: [\"WELFARE\", \"MOON\"], fieldGroups: [{fieldGroup: \"identity.shoeSize\", access: FULL}, "
				+ "{fieldGroup: \"support.fti\", access: FULL}, {fieldGroup: \"locate.address\", access: MASKED}]}, "
				+ "change: {reason: \"widen welfare access\"}) { version } }";

		GraphQlClient.Response response = query(officer(), invalid, Map.of());

		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.errors().path(0).path("extensions").path("violations").toString())
			.contains("UNKNOWN_SOURCE", "UNKNOWN_FIELD_GROUP", "CONFLICTS_WITH_FIXED_RULE", "NOT_MASKABLE");
		assertThat(version()).isEqualTo(this.startVersion);
		assertThat(query(officer(), SUPERVISOR_PURPOSES, Map.of("purposes", List.of(), "reason", " ")).firstErrorCode())
			.isEqualTo("BAD_REQUEST");
		assertThat(version()).isEqualTo(this.startVersion);
	}

	@Test
	void aChangeIsInForceAtOnceRecordedWithWhoWhyAndWhatAndCanBeRolledBack() {
		assertThat(query(supervisor(), REVIEW, Map.of()).errors().isMissingNode()).isTrue();
		simulator.reset();

		JsonNode changed = query(officer(), SUPERVISOR_PURPOSES, Map.of("purposes", List.of("REFERRAL_DECISION"),
				"reason", "Case reviews move to QA", "basedOn", this.startVersion))
			.data()
			.path("updateRole");

		assertThat(changed.path("version").asLong()).isEqualTo(this.startVersion + 1);
		assertThat(changed.path("changedBy").asString()).isEqualTo("officer-1");
		assertThat(changed.path("summary").toString()).contains("supervisor: purposes − CASE_REVIEW");
		GraphQlClient.Response refused = query(supervisor(), REVIEW, Map.of());
		assertThat(refused.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(agencyRequests()).isZero();
		JsonNode history = query(idp.token("auditor-1", "auditor"),
				"query { accessPolicyHistory(first: 1) { version changedBy reason summary changedAt } }", Map.of())
			.data()
			.path("accessPolicyHistory");
		assertThat(history.path(0).path("reason").asString()).isEqualTo("Case reviews move to QA");
		GraphQlClient.Response stale = query(officer(), SUPERVISOR_PURPOSES, Map.of("purposes", List.of("CASE_REVIEW"),
				"reason", "based on an old version", "basedOn", this.startVersion));
		assertThat(stale.firstErrorCode()).isEqualTo("CONFLICT");

		JsonNode rolledBack = query(officer(), ROLLBACK, Map.of("to", this.startVersion)).data().path("rollbackPolicy");

		assertThat(rolledBack.path("rollbackOf").asLong()).isEqualTo(this.startVersion);
		assertThat(query(supervisor(), REVIEW, Map.of()).errors().isMissingNode()).isTrue();
	}

	@Test
	void aChangeIsInForceOnAnotherGatewaySharingTheDatabaseWithinFiveSeconds() {
		try (ConfigurableApplicationContext replica = startReplica()) {
			GraphQlClient other = new GraphQlClient(java.net.URI
				.create("http://127.0.0.1:" + replica.getEnvironment().getProperty("local.server.port") + "/graphql"));
			assertThat(other.post(supervisor(), REVIEW, Map.of()).errors().isMissingNode()).isTrue();

			query(officer(), SUPERVISOR_PURPOSES,
					Map.of("purposes", List.of("REFERRAL_DECISION"), "reason", "Case reviews move to QA"));
			long changedAt = System.nanoTime();

			Awaitility.await()
				.atMost(Duration.ofSeconds(5))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> "FORBIDDEN".equals(other.post(supervisor(), REVIEW, Map.of()).firstErrorCode()));
			assertThat(Duration.ofNanos(System.nanoTime() - changedAt)).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void aPreviewShowsHowAnotherRoleWouldSeeAPersonButNotWhatItWouldSee() {
		String handle = People.handleOf(simulator.population().anyKnownToAllAgencies(), simulator.population(),
				(document, variables) -> query(idp.token("finder", "support-worker"), document, variables));
		simulator.reset();
		String preview = "query($h: ID) { policyPreview(role: \"welfare-worker\", purpose: PLACEMENT_PLANNING, "
				+ "handle: $h) { permitted sources locateLimitedToParents fieldGroups { fieldGroup access } "
				+ "person { decisions { fieldGroup access reason } view { identity { ssns { value } } "
				+ "support { caseNumber } locate { addresses { city } } sources { source state } } } } }";
		Map<String, Object> variables = new HashMap<>();
		variables.put("h", handle);

		GraphQlClient.Response response = query(officer(), preview, variables);

		JsonNode result = response.data().path("policyPreview");
		assertThat(result.path("permitted").asBoolean()).isTrue();
		assertThat(result.path("locateLimitedToParents").asBoolean()).isTrue();
		assertThat(result.path("sources").toString()).doesNotContain("LOCATE");
		assertThat(result.path("fieldGroups").toString())
			.contains("{\"fieldGroup\":\"identity.ssn\",\"access\":\"MASKED\"}");
		assertThat(result.path("person").path("decisions").toString())
			.contains("{\"fieldGroup\":\"support.case\",\"access\":\"FULL\",\"reason\":null}")
			.contains("{\"fieldGroup\":\"support.fti\",\"access\":\"WITHHELD\",\"reason\":\"FTI\"}");
		JsonNode view = result.path("person").path("view");
		assertThat(view.path("identity").path("ssns").path(0).path("value").asString()).startsWith("***-**-");
		assertThat(view.path("support").isNull()).as("the officer's own grant withholds cases").isTrue();
		assertThat(view.path("locate").path("addresses").isNull()).isTrue();
		assertThat(view.path("sources").toString()).contains("{\"source\":\"LOCATE\",\"state\":\"DENIED\"}");
		assertThat(simulator.requestCount(org.casebridge.simulator.Agency.LOCATE)).isZero();
		assertThat(query(idp.token("w-1", "welfare-worker"), preview, variables).firstErrorCode())
			.isEqualTo("FORBIDDEN");
	}

	/**
	 * A second gateway on its own port, sharing the database; arguments outrank
	 * application.yml.
	 */
	private ConfigurableApplicationContext startReplica() {
		List<String> arguments = new java.util.ArrayList<>();
		for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
				"spring.flyway.user", "spring.flyway.password", "management.server.port",
				"spring.security.oauth2.resourceserver.jwt.issuer-uri",
				"spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "casebridge.handles.secret",
				"casebridge.connectors.support.base-uri", "casebridge.connectors.welfare.base-uri",
				"casebridge.connectors.welfare.token-uri", "casebridge.connectors.welfare.client-id",
				"casebridge.connectors.welfare.client-secret", "casebridge.connectors.vitals.base-uri",
				"casebridge.connectors.locate.base-uri", "casebridge.data-dir")) {
			arguments.add("--" + key + "=" + this.environment.getProperty(key, ""));
		}
		arguments.add("--server.port=0");
		arguments.add("--spring.main.banner-mode=off");
		return new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(String[]::new));
	}

	private long version() {
		return query(officer(), "query { accessPolicy { version { version } } }", Map.of()).data()
			.path("accessPolicy")
			.path("version")
			.path("version")
			.asLong();
	}

	private static String officer() {
		return idp.token("officer-1", "security-officer");
	}

	private static String supervisor() {
		return idp.token("supervisor-1", "supervisor");
	}

}
