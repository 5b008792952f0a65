package org.casebridge.gateway.jointcase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceState;
import org.casebridge.connector.model.CaseWorker;
import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.access.PersonFacts;
import org.casebridge.gateway.identity.PersonHandle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each joint-case rule, on one child's records as the agencies would answer them. */
class JointCaseFlagsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	private static final LocalDate REMOVED = LocalDate.of(2026, 6, 1);

	private static final CaseWorker SUPPORT_WORKER = new CaseWorker("Dana Whitfield", "Ogden", null,
			"DWhitfield@support.example.gov");

	private static final CaseWorker WELFARE_WORKER = new CaseWorker("Lee Tran", "Provo", null, "ltran@cfs.example.gov");

	@Test
	void disbursementsToTheParentSinceTheRemovalMakeThePayeeFlagWithTheirTotalOffsetsLeftOut() {
		SupportCase ordinary = supportCase("NON_IV_A", "OPEN",
				List.of(payment("P-1", "WAGE_WITHHOLDING", "300.00"), payment("P-2", "IRS_OFFSET", "900.00"),
						payment("P-3", "WAGE_WITHHOLDING", "300.00")),
				List.of(disbursement("D-0", LocalDate.of(2026, 5, 20), "300.00", "CUSTODIAL_PARTY", "P-0"),
						disbursement("D-1", LocalDate.of(2026, 6, 10), "300.00", "CUSTODIAL_PARTY", "P-1"),
						disbursement("D-2", LocalDate.of(2026, 7, 2), "900.00", "CUSTODIAL_PARTY", "P-2"),
						disbursement("D-3", LocalDate.of(2026, 8, 10), "300.00", "CUSTODIAL_PARTY", "P-3"),
						disbursement("D-4", LocalDate.of(2026, 9, 10), "300.00", "STATE", "P-3")));
		Flag flag = only(flags(List.of(ordinary), List.of(episode(null, referral(TODAY.plusMonths(2)), null)),
				List.of(birthWithFather()), null), FlagKind.PAYEE_MAY_NEED_TO_CHANGE);
		assertThat(flag.evidence().disbursedTotal()).isEqualByComparingTo("600.00");
		assertThat(flag.evidence().disbursements()).extracting(Flag.Disbursed::disbursementId)
			.containsExactly("D-1", "D-3");
		assertThat(flag.evidence().removal().removalDate()).isEqualTo(REMOVED);
		assertThat(flag.actingAgency()).isEqualTo(Source.SUPPORT);
		assertThat(flag.cases()).filteredOn(Flag.CaseRef::notified)
			.extracting(Flag.CaseRef::workerId)
			.containsExactly("dwhitfield@support.example.gov");
	}

	@Test
	void aFosterCareCaseOrAClosedOnePaysNoOneItShouldNot() {
		List<SupportCase.Disbursement> paid = List
			.of(disbursement("D-1", LocalDate.of(2026, 6, 10), "300.00", "CUSTODIAL_PARTY", "P-1"));
		List<Flag> flags = flags(
				List.of(supportCase("FOSTER_CARE", "OPEN", List.of(), paid),
						supportCase("NON_IV_A", "CLOSED", List.of(), paid)),
				List.of(episode(null, referral(TODAY.plusMonths(2)), null)), List.of(birthWithFather()), null);
		assertThat(flags).noneMatch((f) -> f.kind() == FlagKind.PAYEE_MAY_NEED_TO_CHANGE);
	}

	@Test
	void aChildInCareWithoutALegalFatherNeedsPaternityEstablished() {
		PaternityRecord noFather = birth(null, "NONE", null, null, null);
		Flag flag = only(
				flags(List.of(), List.of(episode(null, referral(TODAY.plusMonths(2)), null)), List.of(noFather), null),
				FlagKind.PATERNITY_NOT_ESTABLISHED);
		assertThat(flag.evidence().paternity().method()).isEqualTo("NONE");
		assertThat(flag.cases()).extracting(Flag.CaseRef::source).contains(Source.WELFARE);
	}

	@Test
	void aVapIsRescindableUntilTheEarlierOfSixtyDaysAndTheFirstProceeding() {
		LocalDate signed = TODAY.minusDays(20);
		Flag sixtyDays = only(flags(List.of(), List.of(), List.of(birth("VR-2", "VAP", signed, null, null)), null),
				FlagKind.VAP_RESCINDABLE);
		assertThat(sixtyDays.evidence().paternity().rescindableUntil()).isEqualTo(signed.plusDays(60));
		assertThat(sixtyDays.evidence().paternity().windowOpenToday()).isTrue();
		Flag proceeding = only(
				flags(List.of(), List.of(), List.of(birth("VR-2", "VAP", signed, TODAY.plusDays(3), null)), null),
				FlagKind.VAP_RESCINDABLE);
		assertThat(proceeding.evidence().paternity().rescindableUntil()).isEqualTo(TODAY.plusDays(3));
		assertThat(flags(List.of(), List.of(), List.of(birth("VR-2", "VAP", TODAY.minusDays(61), null, null)), null))
			.noneMatch((f) -> f.kind() == FlagKind.VAP_RESCINDABLE);
		assertThat(flags(List.of(), List.of(), List.of(birth("VR-2", "VAP", signed, null, TODAY.minusDays(1))), null))
			.noneMatch((f) -> f.kind() == FlagKind.VAP_RESCINDABLE);
	}

	@Test
	void noReferralDecisionOrAReviewPastDueIsDue() {
		assertThat(flags(List.of(), List.of(episode(null, null, null)), List.of(birthWithFather()), null))
			.anyMatch((f) -> f.kind() == FlagKind.REFERRAL_REVIEW_DUE);
		assertThat(flags(List.of(), List.of(episode(null, referral(TODAY.minusDays(1)), null)),
				List.of(birthWithFather()), null))
			.anyMatch((f) -> f.kind() == FlagKind.REFERRAL_REVIEW_DUE);
		assertThat(flags(List.of(), List.of(episode(null, referral(TODAY.plusDays(1)), null)),
				List.of(birthWithFather()), null))
			.noneMatch((f) -> f.kind() == FlagKind.REFERRAL_REVIEW_DUE);
	}

	@Test
	void reunificationWithTheCustodialParentReferredIsACaution() {
		RemovalEpisode.ReferralDecision againstMother = new RemovalEpisode.ReferralDecision("CUSTODIAL_PARENT",
				"reason", REMOVED, TODAY.plusMonths(3));
		Flag flag = only(flags(List.of(), List.of(episode("REUNIFICATION", againstMother, null)),
				List.of(birthWithFather()), null), FlagKind.REUNIFICATION_CAUTION);
		assertThat(flag.actingAgency()).isEqualTo(Source.WELFARE);
		assertThat(flag.evidence().referral().referTo()).isEqualTo("CUSTODIAL_PARENT");
		RemovalEpisode.ReferralDecision againstFather = new RemovalEpisode.ReferralDecision("NONCUSTODIAL_PARENT",
				"reason", REMOVED, TODAY.plusMonths(3));
		assertThat(flags(List.of(), List.of(episode("REUNIFICATION", againstFather, null)), List.of(birthWithFather()),
				null))
			.noneMatch((f) -> f.kind() == FlagKind.REUNIFICATION_CAUTION);
	}

	@Test
	void dischargeWithTheFosterCareCaseOpenMayCloseIt() {
		LocalDate discharged = TODAY.minusDays(5);
		Flag flag = only(flags(List.of(supportCase("FOSTER_CARE", "OPEN", List.of(), List.of())),
				List.of(episode(null, referral(TODAY.plusMonths(2)), discharged)), List.of(birthWithFather()), null),
				FlagKind.SUPPORT_CASE_MAY_CLOSE);
		assertThat(flag.evidence().discharge().dischargedOn()).isEqualTo(discharged);
		assertThat(flags(List.of(supportCase("FOSTER_CARE", "CLOSED", List.of(), List.of())),
				List.of(episode(null, referral(TODAY.plusMonths(2)), discharged)), List.of(birthWithFather()), null))
			.noneMatch((f) -> f.kind() == FlagKind.SUPPORT_CASE_MAY_CLOSE);
	}

	@Test
	void aParticipantRecordedAsDeceasedIsFlaggedToTheWorkersOfTheirCases() {
		Flag flag = only(flags(List.of(supportCase("NON_IV_A", "OPEN", List.of(), List.of())), List.of(), List.of(),
				LocalDate.of(2026, 11, 20)), FlagKind.PARTICIPANT_DECEASED);
		assertThat(flag.evidence().death().diedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(flag.cases()).extracting(Flag.CaseRef::caseNumber).containsExactly("CS-2025-000001");
	}

	@Test
	void theSameSituationHasTheSameKey() {
		List<Flag> first = flags(List.of(), List.of(episode(null, null, null)), List.of(birthWithFather()), null);
		List<Flag> again = flags(List.of(), List.of(episode(null, null, null)), List.of(birthWithFather()), null);
		assertThat(first).extracting(Flag::key)
			.isEqualTo(again.stream().map(Flag::key).toList())
			.doesNotHaveDuplicates();
	}

	private static Flag only(List<Flag> flags, FlagKind kind) {
		List<Flag> found = flags.stream().filter((f) -> f.kind() == kind).toList();
		assertThat(found).as(kind.name()).hasSize(1);
		return found.get(0);
	}

	private static List<Flag> flags(List<SupportCase> cases, List<RemovalEpisode> episodes,
			List<PaternityRecord> births, LocalDate died) {
		List<PersonRecord> subjects = new ArrayList<>();
		subjects.add(record(Source.SUPPORT, "M0000001", died));
		subjects.add(record(Source.WELFARE, "1000001", null));
		subjects.add(record(Source.VITALS, "VR-1", null));
		PersonHandle handle = new PersonHandle(Map.of(Source.WELFARE, "1000001"), null, null, null, null,
				Instant.now());
		PersonFacts facts = new PersonFacts(handle, subjects, cases, episodes, births,
				Map.of(Source.SUPPORT, SourceState.OK, Source.WELFARE, SourceState.OK, Source.VITALS, SourceState.OK),
				Set.of(Source.values()), null);
		return JointCaseFlags.of(facts, TODAY);
	}

	private static PersonRecord record(Source source, String id, LocalDate died) {
		return new PersonRecord(prov(source, id), id,
				List.of(new PersonName("Mia", null, "Doe", PersonName.Kind.LEGAL)), LocalDate.of(2020, 1, 1), false,
				null, null, died, false, List.of());
	}

	private static SupportCase supportCase(String type, String status, List<SupportCase.Payment> payments,
			List<SupportCase.Disbursement> disbursements) {
		return new SupportCase(prov(Source.SUPPORT, "CS-2025-000001"), "CS-2025-000001", type, status,
				LocalDate.of(2025, 1, 1),
				List.of(new SupportCase.Participant("M0000009", "Ana Doe", "CUSTODIAL_PARTY"),
						new SupportCase.Participant("M0000001", "Mia Doe", "CHILD")),
				null, null, payments, disbursements, null, null, SUPPORT_WORKER);
	}

	private static SupportCase.Payment payment(String id, String source, String amount) {
		return new SupportCase.Payment(id, REMOVED, new BigDecimal(amount), source);
	}

	private static SupportCase.Disbursement disbursement(String id, LocalDate on, String amount, String payee,
			String collection) {
		return new SupportCase.Disbursement(id, on, new BigDecimal(amount), payee, "payee", collection);
	}

	private static RemovalEpisode episode(String goal, RemovalEpisode.ReferralDecision referral, LocalDate discharged) {
		return new RemovalEpisode(prov(Source.WELFARE, "EP-1"), "EP-1", "1000001", "Mia Doe", REMOVED, "NEGLECT",
				List.of(new RemovalEpisode.Placement("PL-1", "FOSTER_FAMILY_NONRELATIVE", REMOVED, null, null, null)),
				(goal != null) ? goal : "ADOPTION", "STATE_AGENCY", List.of(), null, referral, discharged, null,
				WELFARE_WORKER, List.of());
	}

	private static RemovalEpisode.ReferralDecision referral(LocalDate reviewBy) {
		return new RemovalEpisode.ReferralDecision("NONCUSTODIAL_PARENT", "reason", REMOVED, reviewBy);
	}

	private static PaternityRecord birthWithFather() {
		return birth("VR-2", "MARITAL_PRESUMPTION", null, null, null);
	}

	private static PaternityRecord birth(String father, String method, LocalDate vapSigned, LocalDate deadline,
			LocalDate rescinded) {
		return new PaternityRecord(prov(Source.VITALS, "B-2020-0000001"), "B-2020-0000001", "VR-1", "Mia Doe",
				LocalDate.of(2020, 1, 1), "Ana Doe", "VR-3", (father != null) ? "Sam Doe" : null, father, method, null,
				vapSigned, deadline, rescinded, List.of(), List.of(), List.of());
	}

	private static Provenance prov(Source source, String id) {
		return new Provenance(source, id, null, Instant.now());
	}

}
