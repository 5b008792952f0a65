package org.casebridge.gateway.access.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.casebridge.gateway.access.AccessContext;
import org.casebridge.gateway.access.AccessPolicy;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.People;
import org.casebridge.gateway.access.PurposeNotPermittedException;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.support.Documents;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Population;
import org.casebridge.simulator.SyntheticPerson;
import org.casebridge.simulator.TaxOffset;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A security officer's preview shows decisions, not data: for every role, every purpose
 * it may state (one of each distinct grant) and several people (one plain, one flagged
 * with the Family Violence Indicator, one with IRS tax offsets, a child in foster care),
 * no preview answer holds a full SSN, a federal tax offset or a location of the person,
 * while its grid of decisions agrees with what a caller holding the role really gets for
 * the same person. Controls: the same checks find the SSN, the offsets and the locations
 * in the support worker's own answers.
 */
class PolicyPreviewSweepTests extends GatewayIntegrationTest {

	private static final Pattern SSN = Pattern.compile("(?<![\\w-])9\\d{8}(?![\\w-])");

	private static final List<String> ROLES = List.of("support-worker", "welfare-worker", "supervisor",
			"security-officer", "auditor", "integrator");

	@Autowired
	private AccessPolicy policy;

	@Autowired
	private DataSource dataSource;

	@Test
	void noPreviewDisclosesAnSsnFederalTaxInformationOrALocationAndEveryDecisionIsTheRolesOwn() {
		Population population = simulator.population();
		SyntheticPerson offsetHolder = population.people()
			.stream()
			.filter((p) -> !population.taxOffsets(p.truthId()).isEmpty() && p.ssn() != null)
			.findFirst()
			.orElseThrow();
		List<SyntheticPerson> people = List.of(population.anyKnownToAllAgencies(),
				population.anyWithFamilyViolenceIndicator(), offsetHolder, population.anyChildInFosterCare());
		String officer = idp.token("officer-1", "security-officer");
		List<String> failures = new ArrayList<>();
		int previews = 0;
		int decisionsCompared = 0;
		Set<String> controls = new LinkedHashSet<>();
		for (SyntheticPerson person : people) {
			String handle = People.handleOf(person, population,
					(document, variables) -> query(idp.token("finder", "support-worker"), document, variables));
			Set<String> forbidden = forbidden(population, person);
			Set<Object> swept = new java.util.HashSet<>();
			for (String role : ROLES) {
				String token = idp.token("preview-" + role, role);
				for (PurposeOfUse purpose : purposesOf(role, swept)) {
					String label = person.truthId() + " as " + role + "/" + purpose;
					GraphQlClient.Response preview = query(officer, Documents.load("previewPerson"),
							Map.of("role", role, "purpose", purpose.name(), "handle", handle));
					previews++;
					leaks(preview.text(), forbidden, label, failures);
					GraphQlClient.Response real = query(token, Documents.load("sweepPerson"),
							Map.of("handle", handle, "purpose", purpose.name()));
					if (role.equals("support-worker")) {
						forbidden.stream().filter(real.text()::contains).forEach(controls::add);
					}
					decisionsCompared += compare(preview, real, label, failures);
				}
			}
		}
		System.out.printf("preview sweep: %d previews of %d people, %d decisions compared, %d controls found%n",
				previews, people.size(), decisionsCompared, controls.size());
		assertThat(failures).isEmpty();
		assertThat(controls).as("the support worker's own answers hold the values the previews must not")
			.anySatisfy((value) -> assertThat(value).matches("\\d{9}"))
			.anySatisfy((value) -> assertThat(offsetIds(population, offsetHolder)).contains(value));
		assertThat(controls.size()).as("locations found in the support worker's answers").isGreaterThan(3);
		assertThat(decisionsCompared).isGreaterThan(150);
	}

	@Test
	void aDraftIsPreviewedBesideThePolicyInForceAndNothingIsStored() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		String handle = People.handleOf(person, simulator.population(),
				(document, variables) -> query(idp.token("finder", "support-worker"), document, variables));
		long before = latestVersion();
		long lastRecord = lastAuditRecord();
		Map<String, Object> draft = Map.of("role", "welfare-worker", "purpose", "PLACEMENT_PLANNING", "sources",
				List.of("SUPPORT", "WELFARE", "VITALS"), "fieldGroups",
				List.of(Map.of("fieldGroup", "identity.name", "access", "FULL"),
						Map.of("fieldGroup", "identity.ssn", "access", "FULL")));
		Map<String, Object> variables = new HashMap<>(
				Map.of("role", "welfare-worker", "purpose", "PLACEMENT_PLANNING", "handle", handle, "draft", draft));

		GraphQlClient.Response response = query(idp.token("officer-1", "security-officer"),
				Documents.load("previewPerson"), variables);

		JsonNode preview = response.data().path("policyPreview");
		assertThat(preview.path("draft").path("problems").isEmpty()).as(response.text()).isTrue();
		assertThat(preview.path("draft").path("changes").toString()).contains("identity.ssn WITHHELD → FULL");
		assertThat(decisions(preview.path("person").path("decisions")).get("identity.ssn")).isEqualTo("MASKED");
		assertThat(decisions(preview.path("person").path("draftDecisions")).get("identity.ssn")).isEqualTo("FULL");
		assertThat(decisions(preview.path("person").path("draftDecisions")).get("support.case"))
			.isEqualTo("WITHHELD NOT_GRANTED");
		assertThat(preview.path("person").path("view").path("identity").path("ssns").path(0).path("value").asString())
			.startsWith("***-**-");
		assertThat(response.text()).doesNotContain(person.ssn());
		assertThat(latestVersion()).as("nothing stored").isEqualTo(before);
		List<Map<String, Object>> recorded = JdbcClient.create(this.dataSource)
			.sql("SELECT event_type, agency_record_ids FROM audit_event WHERE seq > ? AND subject = 'officer-1'"
					+ " AND event_type IN ('POLICY_PREVIEW', 'PERSON_VIEW', 'PERSON_SEARCH')")
			.param(lastRecord)
			.query()
			.listOfRows();
		assertThat(recorded).as("the preview is recorded as a preview, with the records it was about")
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("event_type")).isEqualTo("POLICY_PREVIEW");
				assertThat(String.valueOf(row.get("agency_record_ids"))).contains("support:");
			});

		variables.put("draft", Map.of("role", "welfare-worker", "sources", List.of("SUPPORT"), "fieldGroups",
				List.of(Map.of("fieldGroup", "support.fti", "access", "FULL"))));
		JsonNode rejected = query(idp.token("officer-1", "security-officer"), Documents.load("previewPerson"),
				variables)
			.data()
			.path("policyPreview");
		assertThat(rejected.path("draft").path("problems").toString()).contains("CONFLICTS_WITH_FIXED_RULE");
		assertThat(rejected.path("draft").path("permitted").asBoolean()).isFalse();
		assertThat(rejected.path("person").path("draftDecisions").isNull()).isTrue();
		assertThat(latestVersion()).isEqualTo(before);
	}

	private long lastAuditRecord() {
		return JdbcClient.create(this.dataSource)
			.sql("SELECT coalesce(max(seq), 0) FROM audit_event")
			.query(Long.class)
			.single();
	}

	private long latestVersion() {
		return query(idp.token("officer-1", "security-officer"), "{ accessPolicy { version { version } } }", Map.of())
			.data()
			.path("accessPolicy")
			.path("version")
			.path("version")
			.asLong();
	}

	/**
	 * The purposes the role may state whose grants no role swept before has: the same
	 * grants are decided the same way.
	 */
	private List<PurposeOfUse> purposesOf(String role, Set<Object> swept) {
		List<PurposeOfUse> purposes = new ArrayList<>();
		for (PurposeOfUse purpose : PurposeOfUse.values()) {
			try {
				Grants grants = this.policy.grantsFor(new AccessContext("x", "x", List.of(role), purpose));
				if (swept
					.add(List.of(grants.sources(), grants.fields(), grants.locateLimited(), grants.childSupport()))) {
					purposes.add(purpose);
				}
			}
			catch (PurposeNotPermittedException ex) {
				// the role may not state it: nothing to preview
			}
		}
		return purposes;
	}

	/**
	 * Every group the role's real answer withholds is withheld in the preview for the
	 * same reason; no group the preview shows is withheld in the real answer, and a group
	 * shown masked is masked there.
	 */
	private static int compare(GraphQlClient.Response preview, GraphQlClient.Response real, String label,
			List<String> failures) {
		Map<String, String> decided = decisions(preview.data().path("policyPreview").path("person").path("decisions"));
		if (decided.isEmpty()) {
			failures.add(label + ": no decisions: " + preview.text());
			return 0;
		}
		Map<String, String> withheld = new LinkedHashMap<>();
		for (JsonNode error : real.errors()) {
			JsonNode extensions = error.path("extensions");
			if (!"RESTRICTED".equals(extensions.path("code").asString())
					|| error.path("path").toString().contains("referralDecision")) {
				continue;
			}
			withheld.put(extensions.path("fieldGroup").asString(), "WITHHELD " + extensions.path("reason").asString());
		}
		int compared = 0;
		for (Map.Entry<String, String> decision : decided.entrySet()) {
			String group = decision.getKey();
			String really = withheld.get(group);
			compared++;
			if (really != null && !really.equals(decision.getValue())) {
				failures.add(label + ": " + group + " is " + really + " but previewed " + decision.getValue());
			}
			if (really == null && decision.getValue().startsWith("WITHHELD") && group.startsWith("identity.")) {
				failures.add(label + ": " + group + " is shown but previewed " + decision.getValue());
			}
		}
		String ssnDecision = decided.get("identity.ssn");
		for (JsonNode ssn : real.data().path("person").path("identity").path("ssns")) {
			boolean masked = ssn.path("value").asString().startsWith("***");
			if ("MASKED".equals(ssnDecision) != masked) {
				failures.add(label + ": identity.ssn previewed " + ssnDecision + " but shown " + ssn);
			}
		}
		return compared;
	}

	private static Map<String, String> decisions(JsonNode decisions) {
		Map<String, String> all = new LinkedHashMap<>();
		for (JsonNode decision : decisions) {
			String access = decision.path("access").asString();
			all.put(decision.path("fieldGroup").asString(),
					decision.path("reason").isNull() || decision.path("reason").isMissingNode() ? access
							: access + " " + decision.path("reason").asString());
		}
		return all;
	}

	private static void leaks(String text, Set<String> forbidden, String label, List<String> failures) {
		for (String value : forbidden) {
			if (text.contains(value)) {
				failures.add(label + ": the preview holds " + value);
			}
		}
		Matcher ssn = SSN.matcher(text);
		if (ssn.find()) {
			failures.add(label + ": the preview holds a full SSN " + ssn.group());
		}
	}

	/** The person's SSNs, offsets and locations: what no preview may hold. */
	private static Set<String> forbidden(Population population, SyntheticPerson person) {
		Set<String> forbidden = new LinkedHashSet<>(population.ssnsOf(person.truthId()));
		population.recordedIdentities(person.truthId())
			.stream()
			.filter((recorded) -> recorded.ssn() != null)
			.forEach((recorded) -> forbidden.add(recorded.ssn()));
		forbidden.addAll(offsetIds(population, person));
		forbidden.addAll(population.locationValues(person.truthId()));
		return forbidden;
	}

	private static Set<String> offsetIds(Population population, SyntheticPerson person) {
		Set<String> ids = new LinkedHashSet<>();
		for (TaxOffset offset : population.taxOffsets(person.truthId())) {
			ids.add(offset.paymentId());
			if (offset.disbursementId() != null) {
				ids.add(offset.disbursementId());
			}
		}
		return ids;
	}

}
