package org.casebridge.gateway.access.enforcement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Provenance;
import org.casebridge.gateway.access.policy.Policy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person-level rules beyond the person's own linked records: a flag on a record that
 * could be them, agency free text, federal tax information read off ordinary rows, the
 * locate limit in the context of one child, and sections whose agency did not answer.
 */
class PersonLevelRulesTests {

	private static final Policy policy = Policy.shippedDefaults();

	private static final String LOCATE = "query { person(handle: \"h\", purpose: LOCATE_PARENT) { locate "
			+ "{ addresses { line1 } employers { ein } } } }";

	@Test
	void aFlagOnAnUnlinkedRecordThatCouldBeThePersonProtectsTheirLocation() {
		// child welfare holds her under another record: no SSN, the same name and date of
		// birth
		EnforcedSchema schema = new EnforcedSchema(policy, () -> CannedPerson.view(false, true),
				answering(Source.WELFARE, unlinked("1099999", "JOSE", "RIVERA", true)));

		JsonNode response = schema.execute(LOCATE, Map.of(), "support-worker");

		assertThat(response.toString()).doesNotContain("44 W 200 S", "87-1234567");
		assertThat(reasons(response)).containsOnly("PROTECTED");
	}

	@Test
	void anUnflaggedRecordThatCouldBeThePersonChangesNothing() {
		EnforcedSchema schema = new EnforcedSchema(policy, () -> CannedPerson.view(false, true),
				answering(Source.WELFARE, unlinked("1099999", "JOSE", "RIVERA", false)));

		JsonNode response = schema.execute(LOCATE, Map.of(), "support-worker");

		assertThat(response.toString()).contains("44 W 200 S", "87-1234567");
		assertThat(response.path("errors").isMissingNode()).isTrue();
	}

	@Test
	void aFlaggedNamesakeBornOnAnotherDayDoesNotProtect() {
		PersonRecord namesake = new PersonRecord(new Provenance(Source.WELFARE, "1099998", null, Instant.now()),
				"1099998", List.of(new PersonName("JOSE", null, "RIVERA", PersonName.Kind.LEGAL)),
				CannedPerson.BIRTH.minusDays(4000), false, "900765432", null, null, true, List.of());
		EnforcedSchema schema = new EnforcedSchema(policy, () -> CannedPerson.view(false, true),
				answering(Source.WELFARE, namesake));

		assertThat(schema.execute(LOCATE, Map.of(), "support-worker").toString()).contains("44 W 200 S");
	}

	@Test
	void aSearchForRecordsThatCouldBeThePersonThatFailsProtects() {
		EnforcedSchema schema = new EnforcedSchema(policy, () -> CannedPerson.view(false, true),
				(source, criteria) -> CompletableFuture.completedFuture((criteria.dateOfBirth() != null)
						? SourceOutcome.notAnswered(source, SourceState.UNAVAILABLE, "503", Duration.ZERO, 1)
						: SourceOutcome.answered(source, List.of(), Duration.ZERO, 1)));

		JsonNode response = schema.execute(LOCATE, Map.of(), "support-worker");

		assertThat(response.toString()).doesNotContain("44 W 200 S");
		assertThat(reasons(response)).containsOnly("PROTECTED");
	}

	@Test
	void aFlagHoldingAgencyThatDidNotAnswerProtectsWithoutFurtherCalls() {
		AtomicInteger lookups = new AtomicInteger();
		EnforcedSchema schema = new EnforcedSchema(policy,
				() -> CannedPerson.withFailed(CannedPerson.view(false, true), Source.WELFARE, SourceState.TIMEOUT),
				(source, criteria) -> {
					lookups.incrementAndGet();
					return CompletableFuture
						.completedFuture(SourceOutcome.answered(source, List.of(), Duration.ZERO, 1));
				});

		JsonNode response = schema.execute(LOCATE, Map.of(), "support-worker");

		assertThat(reasons(response)).containsOnly("PROTECTED");
		assertThat(lookups).hasValue(0);
	}

	@Test
	void noPossibleMatchIsLookedForWhenTheAnswerShowsNoLocation() {
		AtomicInteger lookups = new AtomicInteger();
		EnforcedSchema schema = new EnforcedSchema(policy, () -> CannedPerson.view(false, true), (source, criteria) -> {
			lookups.incrementAndGet();
			return CompletableFuture.completedFuture(SourceOutcome.answered(source, List.of(), Duration.ZERO, 1));
		});

		schema.execute("query { person(handle: \"h\", purpose: LOCATE_PARENT) { support { caseNumber } } }", Map.of(),
				"support-worker");

		assertThat(lookups).hasValue(0);
	}

	@Test
	void aReferralReasonIsShownWhenNoProtectionIsInForce() {
		EnforcedSchema schema = new EnforcedSchema(policy, () -> CannedPerson.view(false, true));

		JsonNode response = schema.execute(
				"query { person(handle: \"h\", purpose: REFERRAL_DECISION) { placements { referralDecision { reason } } } }",
				Map.of(), "welfare-worker");

		assertThat(response.toString()).contains("Noncustodial parent able to pay");
	}

	@Test
	void aReferralReasonIsWithheldWhenSomeoneInTheFamilyIsFlagged() {
		EnforcedSchema schema = new EnforcedSchema(policy, CannedPerson::child,
				FamilyViolenceTests.flagged("CS-2019-004512"));

		JsonNode response = schema.execute(
				"query { person(handle: \"h\", purpose: REFERRAL_DECISION) { placements { referralDecision { referTo reason } } } }",
				Map.of(), "welfare-worker");

		assertThat(response.toString()).doesNotContain("able to pay");
		assertThat(response.path("data")
			.path("person")
			.path("placements")
			.path(0)
			.path("referralDecision")
			.path("referTo")
			.asString()).isEqualTo("NONCUSTODIAL_PARENT");
		assertThat(reasons(response)).containsExactly("PROTECTED");
	}

	@Test
	void freeTextThatNamesAProtectedCauseIsWithheldWhateverTheFlagsSay() {
		for (String text : List.of("Good cause: risk of family violence", "DV history, protective order in place",
				"Mother fled domestic abuse")) {
			FreeTextGuardProbe probe = new FreeTextGuardProbe(text);
			assertThat(probe.shown()).as(text).isFalse();
		}
		assertThat(new FreeTextGuardProbe("Both parents employed; referral supports the case plan").shown()).isTrue();
	}

	@Test
	void theDisbursementOfATaxOffsetIsFederalTaxInformation() {
		EnforcedSchema schema = new EnforcedSchema(policy, () -> CannedPerson.view(false, true));
		String document = "query($p: PurposeOfUse!) { person(handle: \"h\", purpose: $p) { support { payments "
				+ "{ paymentId amount } disbursements { disbursementId amount } taxOffsetDisbursements "
				+ "{ disbursementId } } } }";

		JsonNode welfare = schema.execute(document, Map.of("p", "REFERRAL_DECISION"), "welfare-worker");
		JsonNode support = schema.execute(document, Map.of("p", "ENFORCE_ORDER"), "support-worker");

		assertThat(welfare.toString()).contains("D-88123").doesNotContain("D-88999", "P-88999", "950.00");
		assertThat(reasons(welfare)).containsExactly("FTI");
		assertThat(support.toString()).contains("D-88999");
	}

	@Test
	void locatingForChildWelfareWithoutAChildIsRefusedWithHowToAsk() {
		EnforcedSchema schema = new EnforcedSchema(policy, () -> CannedPerson.forChild(false, true, null));

		JsonNode response = schema.execute("query { person(handle: \"h\", purpose: LOCATE_PARENT_FOR_PLACEMENT) "
				+ "{ locate { addresses { line1 } } } }", Map.of(), "welfare-worker");

		assertThat(response.toString()).doesNotContain("44 W 200 S");
		JsonNode error = response.path("errors").path(0);
		assertThat(error.path("extensions").path("reason").asString()).isEqualTo("LOCATE_LIMIT");
		assertThat(error.path("message").asString()).contains("forChild");
	}

	@Test
	void locatingForChildWelfareShowsAParentOfTheNamedChildAndRefusesAnyoneElse() {
		String document = "query { person(handle: \"h\", purpose: LOCATE_PARENT_FOR_PLACEMENT) "
				+ "{ locate { addresses { line1 } } } }";
		EnforcedSchema father = new EnforcedSchema(policy,
				() -> CannedPerson.forChild(false, true, CannedPerson.childRecords()));
		EnforcedSchema someoneElse = new EnforcedSchema(policy,
				() -> CannedPerson.forChild(false, false, CannedPerson.childRecords()));
		EnforcedSchema anotherChild = new EnforcedSchema(policy, () -> CannedPerson.forChild(false, true,
				Map.of(Source.WELFARE, "1077777", Source.VITALS, "VR-00077777")));

		assertThat(father.execute(document, Map.of(), "welfare-worker").toString()).contains("44 W 200 S");
		JsonNode refused = someoneElse.execute(document, Map.of(), "welfare-worker");
		assertThat(refused.toString()).doesNotContain("44 W 200 S");
		assertThat(refused.path("errors").path(0).path("message").asString()).contains("of the child this view is for");
		assertThat(anotherChild.execute(document, Map.of(), "welfare-worker").toString()).doesNotContain("44 W 200 S");
	}

	@Test
	void aSectionWhoseAgencyDidNotAnswerIsNullWithAnErrorNeverEmpty() {
		EnforcedSchema schema = new EnforcedSchema(policy,
				() -> CannedPerson.withFailed(CannedPerson.view(false, true), Source.LOCATE, SourceState.TIMEOUT));

		JsonNode response = schema.execute("query { person(handle: \"h\", purpose: LOCATE_PARENT) { locate "
				+ "{ addresses { line1 } wages { amount } } } }", Map.of(), "support-worker");

		JsonNode locate = response.path("data").path("person").path("locate");
		assertThat(locate.path("addresses").isNull()).isTrue();
		assertThat(locate.path("wages").isNull()).isTrue();
		assertThat(response.path("errors")).hasSize(2).allSatisfy((error) -> {
			assertThat(error.path("extensions").path("code").asString()).isEqualTo("SOURCE_UNAVAILABLE");
			assertThat(error.path("extensions").path("source").asString()).isEqualTo("LOCATE");
			assertThat(error.path("extensions").path("state").asString()).isEqualTo("TIMEOUT");
		});
	}

	private static List<String> reasons(JsonNode response) {
		List<String> reasons = new java.util.ArrayList<>();
		response.path("errors").forEach((e) -> reasons.add(e.path("extensions").path("reason").asString()));
		return reasons;
	}

	private static PersonRecord unlinked(String id, String first, String last, boolean flagged) {
		return new PersonRecord(new Provenance(Source.WELFARE, id, null, Instant.now()), id,
				List.of(new PersonName(first, null, last, PersonName.Kind.LEGAL)), CannedPerson.BIRTH, false, null,
				null, null, flagged, List.of("CW-2020-000999"));
	}

	/**
	 * An agency that answers every search with {@code record}, the others with nothing.
	 */
	private static AgencyLookups answering(Source agency, PersonRecord record) {
		return (source, criteria) -> CompletableFuture.completedFuture(SourceOutcome.answered(source,
				(source == agency && criteria.caseNumber() == null) ? List.of(record) : List.of(), Duration.ZERO, 1));
	}

	/** The free-text guard over one text, for a person with no protection in force. */
	private record FreeTextGuardProbe(String text) {

		boolean shown() {
			EnforcedSchema schema = new EnforcedSchema(policy, () -> withReason(this.text));
			JsonNode response = schema.execute("query { person(handle: \"h\", purpose: REFERRAL_DECISION) "
					+ "{ placements { referralDecision { reason } } } }", Map.of(), "welfare-worker");
			return response.toString().contains(this.text);
		}

		private static Object withReason(String text) {
			var view = CannedPerson.view(false, true);
			var episode = view.placements().get(0);
			var decision = new org.casebridge.connector.model.RemovalEpisode.ReferralDecision("NEITHER", text,
					java.time.LocalDate.of(2023, 3, 10), java.time.LocalDate.of(2023, 9, 10));
			var changed = new org.casebridge.connector.model.RemovalEpisode(episode.provenance(), episode.episodeId(),
					episode.childAgencyPersonId(), episode.childName(), episode.removalDate(), episode.removalReason(),
					episode.placements(), episode.permanencyGoal(), episode.legalCustody(), episode.terminations(),
					episode.iveEligibility(), decision, episode.dischargeDate(), episode.dischargeReason(),
					episode.worker(), episode.parents());
			return new org.casebridge.gateway.person.PersonView(view.handle(), view.identity(), view.support(),
					view.paternity(), List.of(changed), view.locate(), view.sources(), view.possibleMatches(),
					view.sections(), view.facts());
		}

	}

}
