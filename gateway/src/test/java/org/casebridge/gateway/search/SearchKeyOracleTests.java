package org.casebridge.gateway.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.casebridge.gateway.access.AccessContext;
import org.casebridge.gateway.access.AccessPolicy;
import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PurposeNotPermittedException;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.support.GatewayIntegrationTest;
import org.casebridge.gateway.support.GraphQlClient;
import org.casebridge.simulator.Agency;
import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.SyntheticPerson;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No search confirms what the searcher's grant hides: every role, under every purpose it
 * may state, searches by every key a person can be found by. A key whose field group the
 * grant does not show in full is refused before any agency is asked; every answer's match
 * keys are keys the grant shows in full. Control: where the grant shows the key, the
 * person is found on it.
 */
class SearchKeyOracleTests extends GatewayIntegrationTest {

	private static final String SEARCH = "query($c: PersonSearchInput!, $p: PurposeOfUse!) {"
			+ " searchPeople(criteria: $c, purpose: $p) { candidates { matchedOn } } }";

	private static final List<String> ROLES = List.of("support-worker", "welfare-worker", "supervisor",
			"security-officer", "auditor", "integrator");

	@Autowired
	private AccessPolicy policy;

	@Test
	void noRoleConfirmsByASearchKeyWhatItsGrantHides() {
		SyntheticPerson person = simulator.population().anyKnownToAllAgencies();
		Map<String, Key> keys = keysOf(person);
		int refused = 0;
		int found = 0;
		List<String> failures = new ArrayList<>();
		for (String role : ROLES) {
			String token = idp.token("oracle-" + role, role);
			for (PurposeOfUse purpose : PurposeOfUse.values()) {
				Grants grants;
				try {
					grants = this.policy.grantsFor(new AccessContext("oracle-" + role, "test", List.of(role), purpose));
				}
				catch (PurposeNotPermittedException ex) {
					continue;
				}
				for (Map.Entry<String, Key> entry : keys.entrySet()) {
					Key key = entry.getValue();
					String label = role + "/" + purpose + "/" + entry.getKey();
					boolean shown = grants.access(key.group()) == FieldAccess.FULL;
					long before = agencyRequests();
					GraphQlClient.Response response = query(token, SEARCH,
							Map.of("c", key.criteria(), "p", purpose.name()));
					if (!shown) {
						refused++;
						if (!"BAD_REQUEST".equals(response.firstErrorCode())
								|| !violationCodes(response).contains(key.field() + ":NOT_GRANTED")
								|| response.data().path("searchPeople").isObject() || agencyRequests() != before) {
							failures.add(label + " not refused: " + response.text());
						}
						continue;
					}
					boolean matchedOnKey = false;
					for (JsonNode candidate : response.data().path("searchPeople").path("candidates")) {
						for (JsonNode matched : candidate.path("matchedOn")) {
							FieldGroup group = groupOf(matched.asString(), key);
							if (grants.access(group) != FieldAccess.FULL) {
								failures.add(label + " reports " + matched.asString());
							}
							matchedOnKey |= matched.asString().equals(key.matchKey());
						}
					}
					if (matchedOnKey) {
						found++;
					}
					else if (key.sourcesGranted(grants)) {
						failures.add(label + " did not find the person on a key the grant shows: " + response.text());
					}
				}
			}
		}
		System.out.printf("search-key sweep: %d searches refused, %d found the person on the key%n", refused, found);
		assertThat(failures).isEmpty();
		assertThat(refused).as("some role is refused some key").isPositive();
		assertThat(found).as("some role finds the person on each key").isPositive();
	}

	private static Set<String> violationCodes(GraphQlClient.Response response) {
		Set<String> codes = new java.util.HashSet<>();
		for (JsonNode violation : response.errors().path(0).path("extensions").path("violations")) {
			codes.add(violation.path("field").asString() + ":" + violation.path("code").asString());
		}
		return codes;
	}

	private static FieldGroup groupOf(String matchKey, Key searched) {
		return switch (matchKey) {
			case "SSN" -> FieldGroup.IDENTITY_SSN;
			case "DATE_OF_BIRTH" -> FieldGroup.IDENTITY_DOB;
			case "NAME" -> FieldGroup.IDENTITY_NAME;
			default -> searched.group();
		};
	}

	private Map<String, Key> keysOf(SyntheticPerson person) {
		Map<String, Key> keys = new LinkedHashMap<>();
		keys.put("ssn", new Key(Map.of("ssn", person.ssn()), "ssn", "SSN", FieldGroup.IDENTITY_SSN, Set.of()));
		keys.put("name", new Key(Map.of("lastName", person.last(), "firstName", person.first()), "lastName", "NAME",
				FieldGroup.IDENTITY_NAME, Set.of()));
		keys.put("dateOfBirth",
				new Key(Map.of("firstName", person.first(), "dateOfBirth", person.dateOfBirth().toString()),
						"dateOfBirth", "DATE_OF_BIRTH", FieldGroup.IDENTITY_DOB, Set.of()));
		for (RecordedIdentity recorded : simulator.population().recordedIdentities(person.truthId())) {
			for (String caseNumber : recorded.caseNumbers()) {
				String kind = caseNumber.substring(0, caseNumber.indexOf('-'));
				FieldGroup group = CriteriaGrants.caseGroup(caseNumber);
				keys.putIfAbsent("caseNumber " + kind,
						new Key(Map.of("caseNumber", caseNumber), "caseNumber", "CASE_NUMBER", group,
								Set.of(org.casebridge.connector.Source.valueOf(recorded.agency().name()))));
			}
		}
		assertThat(keys).as("the person can be found by every kind of key").hasSizeGreaterThanOrEqualTo(5);
		return keys;
	}

	/** One way to find the person, and the field group that shows its value. */
	private record Key(Map<String, Object> criteria, String field, String matchKey, FieldGroup group,
			Set<org.casebridge.connector.Source> sources) {

		boolean sourcesGranted(Grants grants) {
			return grants.sources().containsAll(this.sources) && !grants.sources().isEmpty();
		}

	}

}
