package org.casebridge.gateway.access.enforcement;

import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Provenance;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.access.policy.Policy;
import org.casebridge.gateway.access.policy.PolicyDocument;
import org.casebridge.gateway.person.PersonView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person flagged with the Family Violence Indicator by one agency: no role, for no
 * purpose, receives their location or their children's, in any source's section, and the
 * response never says why.
 */
class FamilyViolenceTests {

	private static final List<String> LOCATIONS = List.of("Ogden", "Provo", "Cedar", "Industrial", "200 S", "Wasatch",
			"Gonzales", "84401", "87-1234567");

	private static final Policy policy = Policy.shippedDefaults();

	private static final AtomicReference<PersonView> answer = new AtomicReference<>();

	private static final EnforcedSchema schema = new EnforcedSchema(policy, answer::get);

	@Test
	void noRoleReceivesAFlaggedPersonsOrTheirChildrensLocationInAnySection() {
		answer.set(CannedPerson.view(true, true));
		String document = ProbeDocument.person(Probe.personView());
		for (PolicyDocument.RoleEntry role : policy.document().roles()) {
			for (PurposeOfUse purpose : PurposeOfUse.values()) {
				JsonNode response = schema.execute(document, Map.of("purpose", purpose.name()), role.role());
				String text = response.toString();
				LOCATIONS
					.forEach((location) -> assertThat(text).as(role.role() + " " + purpose).doesNotContain(location));
				assertThat(text.toLowerCase(java.util.Locale.ROOT)).doesNotContain("violence", "fvi", "indicator");
			}
		}
	}

	@Test
	void aFlaggedPersonsLocationBearingRecordsAreWithheldWholeWithANeutralReason() {
		answer.set(CannedPerson.view(true, true));
		JsonNode response = schema
			.execute("query($p: PurposeOfUse!) { person(handle: \"h\", purpose: $p) { locate { addresses { city } "
					+ "employers { employerName } wages { amount employerName } driverRecords { licenseNumber status "
					+ "expiresOn address { city } } } } }", Map.of("p", "LOCATE_PARENT"), "support-worker");

		JsonNode locate = response.path("data").path("person").path("locate");
		for (String records : List.of("addresses", "employers", "wages", "driverRecords")) {
			assertThat(locate.path(records).isNull()).as(records).isTrue();
		}
		assertThat(response.toString()).doesNotContain("UT123456789", "9120.00", "VALID", "2030-04-17");
		assertThat(response.path("errors")).hasSize(4).allSatisfy((error) -> {
			assertThat(error.path("extensions").path("code").asString()).isEqualTo("RESTRICTED");
			assertThat(error.path("extensions").path("reason").asString()).isEqualTo("PROTECTED");
			assertThat(error.path("message").asString()).isEqualTo("Disclosure restricted.");
		});
	}

	@Test
	void theChildrensPlacementInAFlaggedPersonsViewIsRestricted() {
		answer.set(CannedPerson.view(true, true));
		JsonNode response = schema
			.execute("query { person(handle: \"h\", purpose: PLACEMENT_PLANNING) { placements { childName placements "
					+ "{ setting providerName address { city } } } } }", Map.of(), "welfare-worker");

		JsonNode placement = response.path("data").path("person").path("placements").path(0).path("placements").path(0);
		assertThat(placement.path("setting").asString()).isEqualTo("FOSTER_FAMILY_RELATIVE");
		assertThat(placement.path("providerName").isNull()).isTrue();
		assertThat(placement.path("address").isNull()).isTrue();
		assertThat(response.path("errors")).extracting((e) -> e.path("extensions").path("reason").asString())
			.containsExactly("PROTECTED", "PROTECTED");
	}

	@Test
	void aChildsOwnLocationIsRestrictedWhenSomeoneInTheirCaseIsFlagged() {
		EnforcedSchema family = new EnforcedSchema(policy, CannedPerson::child, flagged("CS-2019-004512"));

		JsonNode response = family.execute(
				"query { person(handle: \"h\", purpose: CASE_REVIEW) { locate { addresses "
						+ "{ city } } placements { placements { address { city } } } } }",
				Map.of(), "support-worker", "welfare-worker");

		assertThat(response.path("data").path("person").path("locate").path("addresses").isNull()).isTrue();
		assertThat(response.path("data")
			.path("person")
			.path("placements")
			.path(0)
			.path("placements")
			.path(0)
			.path("address")
			.isNull()).isTrue();
		assertThat(response.path("errors")).extracting((e) -> e.path("extensions").path("reason").asString())
			.containsOnly("PROTECTED");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("indirectLocationDocuments")
	void aChildsOwnLocationIsRestrictedHoweverTheDocumentReachesIt(String how, String document,
			Map<String, Object> variables) {
		EnforcedSchema family = new EnforcedSchema(policy, CannedPerson::child, flagged("CS-2019-004512"));

		JsonNode response = family.execute(document, variables, "support-worker", "welfare-worker");

		LOCATIONS.forEach((location) -> assertThat(response.toString()).as(how).doesNotContain(location));
		assertThat(response.path("errors")).as(how)
			.isNotEmpty()
			.extracting((e) -> e.path("extensions").path("reason").asString())
			.containsOnly("PROTECTED");
	}

	static Stream<Arguments> indirectLocationDocuments() {
		String person = "person(handle: \"h\", purpose: CASE_REVIEW)";
		return Stream.of(
				Arguments.of("named fragment",
						"query { " + person
								+ " { ...Where } } fragment Where on PersonView { locate { addresses { city } } }",
						Map.of()),
				Arguments.of("nested fragments",
						"query { " + person + " { ...A } } fragment A on PersonView { locate "
								+ "{ ...B } } fragment B on Locate { addresses { city } }",
						Map.of()),
				Arguments.of("inline fragment",
						"query { " + person + " { ... on PersonView { locate { addresses " + "{ city } } } } }",
						Map.of()),
				Arguments.of("alias", "query { " + person + " { l: locate { a: addresses { c: city } } } }", Map.of()),
				Arguments.of("@include with a variable",
						"query($yes: Boolean!) { " + person + " { locate @include(if: $yes) { addresses { city } } } }",
						Map.of("yes", true)),
				Arguments.of("@skip with a variable defaulting to false", "query($no: Boolean = false) { " + person
						+ " { locate { addresses @skip(if: $no) { city } } } }", Map.of()));
	}

	@Test
	void theOtherParentSeesTheirOwnLocationButNotTheChildrensWhenTheCustodialParentIsFlagged() {
		EnforcedSchema family = new EnforcedSchema(policy, () -> CannedPerson.view(false, true),
				flagged("CS-2019-004512"));

		JsonNode response = family.execute(
				"query { person(handle: \"h\", purpose: CASE_REVIEW) { locate { addresses "
						+ "{ city } } placements { placements { address { city } } } } }",
				Map.of(), "support-worker", "welfare-worker");

		assertThat(
				response.path("data").path("person").path("locate").path("addresses").path(0).path("city").asString())
			.isEqualTo("Ogden");
		assertThat(response.path("data")
			.path("person")
			.path("placements")
			.path(0)
			.path("placements")
			.path(0)
			.path("address")
			.isNull()).isTrue();
	}

	@Test
	void aCaseThatCannotBeCheckedCountsAsFlagged() {
		EnforcedSchema unanswered = new EnforcedSchema(policy, CannedPerson::child,
				(source, criteria) -> CompletableFuture.completedFuture((criteria.caseNumber() == null)
						? SourceOutcome.answered(source, List.of(), Duration.ZERO, 1) : SourceOutcome
							.notAnswered(source, SourceState.TIMEOUT, "time limit", Duration.ofSeconds(2), 1)));

		JsonNode response = unanswered
			.execute("query { person(handle: \"h\", purpose: PLACEMENT_PLANNING) { placements "
					+ "{ placements { address { city } } } } }", Map.of(), "welfare-worker");

		assertThat(response.path("errors")).extracting((e) -> e.path("extensions").path("reason").asString())
			.containsExactly("PROTECTED");
	}

	@Test
	void noCaseIsLookedUpWhenNoLocationIsAskedFor() {
		AtomicInteger lookups = new AtomicInteger();
		EnforcedSchema counted = new EnforcedSchema(policy, CannedPerson::child, (source, criteria) -> {
			if (criteria.caseNumber() != null) {
				lookups.incrementAndGet();
			}
			return flagged("CS-2019-004512").search(source, criteria);
		});

		counted.execute("query { person(handle: \"h\", purpose: PLACEMENT_PLANNING) { placements { episodeId } } }",
				Map.of(), "welfare-worker");
		assertThat(lookups).hasValue(0);
		counted.execute("query { person(handle: \"h\", purpose: PLACEMENT_PLANNING) { placements { placements "
				+ "{ address { city } } } } }", Map.of(), "welfare-worker");
		assertThat(lookups).hasValue(1);
	}

	@Test
	void aParentsOwnAddressNeedsNoLookOfTheirCases() {
		AtomicInteger lookups = new AtomicInteger();
		EnforcedSchema counted = new EnforcedSchema(policy, () -> CannedPerson.view(false, true),
				(source, criteria) -> {
					if (criteria.caseNumber() != null) {
						lookups.incrementAndGet();
					}
					return flagged("CS-2019-004512").search(source, criteria);
				});

		JsonNode response = counted.execute(
				"query { person(handle: \"h\", purpose: LOCATE_PARENT) { locate " + "{ addresses { city } } } }",
				Map.of(), "support-worker");

		assertThat(lookups).hasValue(0);
		assertThat(
				response.path("data").path("person").path("locate").path("addresses").path(0).path("city").asString())
			.isEqualTo("Ogden");
	}

	/** Agencies where the members of {@code flaggedCase} include a flagged person. */
	static AgencyLookups flagged(String flaggedCase) {
		return (source, criteria) -> {
			String caseNumber = criteria.caseNumber();
			if (caseNumber == null) {
				return CompletableFuture.completedFuture(SourceOutcome.answered(source, List.of(), Duration.ZERO, 1));
			}
			return CompletableFuture.completedFuture(SourceOutcome.answered(source,
					List.of(new PersonRecord(new Provenance(source, "M1", null, Instant.now()), "M1", List.of(), null,
							false, null, null, null, caseNumber.equals(flaggedCase), List.of(caseNumber))),
					Duration.ZERO, 1));
		};
	}

	@Test
	void theSameLocationIsShownWhenNoAgencyFlagsThePerson() {
		answer.set(CannedPerson.view(false, true));
		JsonNode response = schema.execute(
				"query { person(handle: \"h\", purpose: PLACEMENT_PLANNING) { placements { placements { address { city } } } } }",
				Map.of(), "welfare-worker");

		assertThat(response.path("errors").isMissingNode()).isTrue();
		assertThat(response.path("data")
			.path("person")
			.path("placements")
			.path(0)
			.path("placements")
			.path(0)
			.path("address")
			.path("city")
			.asString()).isEqualTo("Provo");
	}

}
