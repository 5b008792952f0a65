package org.casebridge.gateway.access.enforcement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.access.policy.Policy;
import org.casebridge.gateway.access.policy.PolicyDocument;
import org.casebridge.gateway.person.PersonView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role × purpose × field group of the shipped policy, generated from the policy:
 * each role sees exactly what its grant for the purpose shows — in full, masked, or
 * restricted with the right reason — whether the field is reached directly, through
 * aliases in a named fragment, or through inline fragments, at every nesting depth. Run
 * for a parent, a person who is no parent, and a person carrying the Family Violence
 * Indicator.
 */
class FieldAccessMatrixTests {

	private static final Policy policy = Policy.shippedDefaults();

	private static final ExpectedDisclosure expected = new ExpectedDisclosure(policy.document());

	private static final AtomicReference<PersonView> answer = new AtomicReference<>();

	private static final EnforcedSchema schema = new EnforcedSchema(policy, answer::get);

	static Stream<Arguments> rolesAndPurposes() {
		List<Arguments> all = new ArrayList<>();
		for (PolicyDocument.RoleEntry role : policy.document().roles()) {
			for (PurposeOfUse purpose : PurposeOfUse.values()) {
				all.add(Arguments.of(role.role(), purpose));
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0} for {1}")
	@MethodSource("rolesAndPurposes")
	void eachRoleSeesExactlyWhatItIsGrantedOfAPerson(String role, PurposeOfUse purpose) {
		// flagged, a parent of the child, the child named (forChild)
		for (boolean[] person : new boolean[][] { { false, true, true }, { false, false, true }, { true, true, true },
				{ false, true, false } }) {
			boolean familyViolence = person[0];
			boolean named = person[2];
			boolean parent = person[1] && named;
			answer.set(CannedPerson.forChild(familyViolence, person[1], named ? CannedPerson.childRecords() : null));
			List<Probe> probes = Probe.personView();
			JsonNode response = schema.execute(ProbeDocument.person(probes), Map.of("purpose", purpose.name()), role);
			check(response, probes, role, purpose, familyViolence, parent);
		}
	}

	@ParameterizedTest(name = "{0} for {1}")
	@MethodSource("rolesAndPurposes")
	void eachRoleSeesExactlyWhatItIsGrantedOfASearch(String role, PurposeOfUse purpose) {
		List<Probe> probes = Probe.searchResult();
		JsonNode response = schema.execute(ProbeDocument.search(probes), Map.of("purpose", purpose.name()), role);
		check(response, probes, role, purpose, false, false);
	}

	private static void check(JsonNode response, List<Probe> probes, String role, PurposeOfUse purpose,
			boolean familyViolence, boolean parent) {
		String context = role + " / " + purpose + " / fvi=" + familyViolence + " / parent=" + parent;
		if (!expected.permitted(role, purpose)) {
			assertThat(response.path("data").isNull() || response.path("data").path("answer").isNull()).as(context)
				.isTrue();
			assertThat(response.path("errors")).as(context).hasSize(1);
			assertThat(response.path("errors").path(0).path("extensions").path("code").asString()).as(context)
				.isEqualTo("FORBIDDEN");
			return;
		}
		Map<String, String> restrictedPaths = new HashMap<>();
		for (JsonNode error : response.path("errors")) {
			assertThat(error.path("extensions").path("code").asString()).as(context).isEqualTo("RESTRICTED");
			StringBuilder path = new StringBuilder();
			error.path("path").forEach((part) -> path.append('/').append(part.asString()));
			restrictedPaths.put(path.toString(), error.path("extensions").path("reason").asString());
		}
		Set<String> expectedRestrictions = new HashSet<>();
		for (Probe probe : probes) {
			for (ProbeDocument.Way way : ProbeDocument.Way.values()) {
				walk(response.path("data").path("answer"), "/answer", true, probe, way, 0, restrictedPaths,
						expectedRestrictions, role, purpose, familyViolence, parent,
						context + " / " + probe.id() + " " + way);
			}
		}
		assertThat(restrictedPaths.keySet()).as(context + ": the restricted paths").isEqualTo(expectedRestrictions);
	}

	/**
	 * Checks one probe below {@code node}, noting the paths it expects to be restricted;
	 * values are compared on the first element of every list.
	 */
	private static void walk(JsonNode node, String path, boolean first, Probe probe, ProbeDocument.Way way, int depth,
			Map<String, String> restricted, Set<String> expectedRestrictions, String role, PurposeOfUse purpose,
			boolean familyViolence, boolean parent, String context) {
		if (node.isArray()) {
			assertThat(node.size()).as(context + " at " + path).isPositive();
			for (int i = 0; i < node.size(); i++) {
				walk(node.get(i), path + "/" + i, first && i == 0, probe, way, depth, restricted, expectedRestrictions,
						role, purpose, familyViolence, parent, context);
			}
			return;
		}
		Probe.Step step = probe.steps().get(depth);
		String key = ProbeDocument.key(probe, way, depth);
		JsonNode child = node.path(key);
		String childPath = path + "/" + key;
		if (step.group() != null) {
			String outcome = expected.outcome(role, purpose, step.group(), familyViolence, parent);
			if (!outcome.equals("FULL") && !outcome.equals("MASKED")) {
				assertThat(child.isNull()).as(context + " at " + childPath + " is withheld").isTrue();
				assertThat(restricted.get(childPath)).as(context + " at " + childPath).isEqualTo(outcome);
				expectedRestrictions.add(childPath);
				return;
			}
		}
		assertThat(child.isMissingNode() || child.isNull()).as(context + " at " + childPath + " is shown").isFalse();
		if (depth == probe.steps().size() - 1) {
			if (!first) {
				return;
			}
			String governing = probe.groups().isEmpty() ? null : probe.groups().get(probe.groups().size() - 1);
			boolean masked = governing != null
					&& expected.outcome(role, purpose, governing, familyViolence, parent).equals("MASKED");
			String value = child.isArray() ? child.get(0).asString() : child.asString();
			assertThat(value).as(context + " at " + childPath)
				.isEqualTo((masked && probe.masked() != null) ? probe.masked().apply(probe.full()) : probe.full());
			return;
		}
		walk(child, childPath, first, probe, way, depth + 1, restricted, expectedRestrictions, role, purpose,
				familyViolence, parent, context);
	}

}
