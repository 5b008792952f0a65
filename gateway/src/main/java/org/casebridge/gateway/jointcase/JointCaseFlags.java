package org.casebridge.gateway.jointcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebridge.connector.Source;
import org.casebridge.connector.change.ChangeKind;
import org.casebridge.connector.model.CaseWorker;
import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.access.FederalTaxOffsets;
import org.casebridge.gateway.access.PersonFacts;

/**
 * Decides a person's joint-case flags from the whole person as every agency answered. The
 * rules and their citations are in {@code docs/joint-cases.md}.
 */
final class JointCaseFlags {

	/** A VAP may be rescinded within 60 days of signing [42 USC 666(a)(5)(D)]. */
	private static final int VAP_RESCISSION_DAYS = 60;

	/**
	 * The changes a flag rests on: a removal, placement or discharge, a referral
	 * decision, paternity, a case opened or its payee changed, a death, a new hire or an
	 * address reported. The others (an order established or modified, a termination of
	 * rights, a case closed) alter nothing a flag is decided from, and a closed case only
	 * ends flags.
	 */
	private static final Set<ChangeKind> RAISING = EnumSet.of(ChangeKind.REMOVAL, ChangeKind.PLACEMENT_STARTED,
			ChangeKind.PLACEMENT_ENDED, ChangeKind.DISCHARGE, ChangeKind.REFERRAL_DECIDED,
			ChangeKind.PATERNITY_ESTABLISHED, ChangeKind.PATERNITY_RESCINDED, ChangeKind.VAP_SIGNED,
			ChangeKind.PAYEE_CHANGED, ChangeKind.CASE_OPENED, ChangeKind.DEATH_RECORDED, ChangeKind.NEW_HIRE,
			ChangeKind.ADDRESS_CHANGED);

	private JointCaseFlags() {
	}

	/** Whether a change of this kind can raise a flag not raised before. */
	static boolean mayRaise(ChangeKind kind) {
		return RAISING.contains(kind);
	}

	static List<Flag> of(PersonFacts facts, LocalDate today) {
		Map<Source, String> ids = facts.recordIds();
		String support = ids.get(Source.SUPPORT);
		String welfare = ids.get(Source.WELFARE);
		String vitals = ids.get(Source.VITALS);
		List<SupportCase> childCases = facts.support()
			.stream()
			.filter((c) -> support != null && c.participants()
				.stream()
				.anyMatch((p) -> support.equals(p.agencyPersonId()) && "CHILD".equals(p.role())))
			.toList();
		List<RemovalEpisode> episodes = facts.placements()
			.stream()
			.filter((e) -> welfare != null && welfare.equals(e.childAgencyPersonId()))
			.toList();
		List<Flag> flags = new ArrayList<>();
		for (RemovalEpisode episode : episodes) {
			boolean inCare = episode.dischargeDate() == null;
			if (inCare) {
				payee(ids, episode, childCases).forEach(flags::add);
				paternity(ids, episode, childCases, facts.paternity(), vitals, flags);
				referral(ids, episode, childCases, today, flags);
			}
			else {
				discharge(ids, episode, childCases, flags);
			}
		}
		vap(ids, episodes, childCases, facts.paternity(), vitals, today, flags);
		death(ids, facts, flags);
		return flags;
	}

	private static List<Flag> payee(Map<Source, String> ids, RemovalEpisode episode, List<SupportCase> childCases) {
		List<Flag> flags = new ArrayList<>();
		LocalDate removed = episode.removalDate();
		if (removed == null) {
			return flags;
		}
		for (SupportCase supportCase : childCases) {
			if ("FOSTER_CARE".equals(supportCase.caseType()) || "CLOSED".equals(supportCase.status())) {
				continue;
			}
			List<Flag.Disbursed> since = supportCase.disbursements()
				.stream()
				.filter((d) -> "CUSTODIAL_PARTY".equals(d.payeeType()) && d.issuedOn() != null
						&& !d.issuedOn().isBefore(removed) && !FederalTaxOffsets.disburses(d, supportCase))
				.map((d) -> new Flag.Disbursed(Source.SUPPORT, supportCase.caseNumber(), d.disbursementId(),
						d.issuedOn(), d.amount(), d.payeeType()))
				.toList();
			if (since.isEmpty()) {
				continue;
			}
			BigDecimal total = since.stream()
				.map(Flag.Disbursed::amount)
				.filter((a) -> a != null)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			flags.add(new Flag(FlagKind.PAYEE_MAY_NEED_TO_CHANGE,
					key(FlagKind.PAYEE_MAY_NEED_TO_CHANGE, supportCase.caseNumber(), episode.episodeId()),
					FlagKind.PAYEE_MAY_NEED_TO_CHANGE.actingAgency(), ids,
					List.of(support(supportCase, true), welfare(episode, false)),
					Flag.Evidence.of(removal(episode), since, total, null, null, null, null)));
		}
		return flags;
	}

	private static void paternity(Map<Source, String> ids, RemovalEpisode episode, List<SupportCase> childCases,
			List<PaternityRecord> births, String vitals, List<Flag> flags) {
		PaternityRecord birth = ownBirth(births, vitals);
		if (birth == null || birth.legalFatherAgencyPersonId() != null || birth.legalFatherName() != null) {
			return;
		}
		List<Flag.CaseRef> cases = new ArrayList<>();
		childCases.forEach((c) -> cases.add(support(c, true)));
		cases.add(welfare(episode, true));
		flags
			.add(new Flag(FlagKind.PATERNITY_NOT_ESTABLISHED,
					key(FlagKind.PATERNITY_NOT_ESTABLISHED, episode.episodeId(), birth.birthCertificateNumber()),
					FlagKind.PATERNITY_NOT_ESTABLISHED.actingAgency(), ids, cases,
					Flag.Evidence.of(
							removal(episode), null, null, new Flag.Paternity(Source.VITALS,
									birth.birthCertificateNumber(), birth.method(), null, null, false),
							null, null, null)));
	}

	private static void referral(Map<Source, String> ids, RemovalEpisode episode, List<SupportCase> childCases,
			LocalDate today, List<Flag> flags) {
		RemovalEpisode.ReferralDecision decision = episode.referralDecision();
		Flag.Referral evidence = new Flag.Referral(Source.WELFARE, episode.episodeId(),
				(decision != null) ? decision.referTo() : null, (decision != null) ? decision.decidedOn() : null,
				(decision != null) ? decision.reviewBy() : null, episode.permanencyGoal());
		if (decision == null || (decision.reviewBy() != null && decision.reviewBy().isBefore(today))) {
			flags.add(new Flag(FlagKind.REFERRAL_REVIEW_DUE,
					key(FlagKind.REFERRAL_REVIEW_DUE, episode.episodeId(),
							(decision != null) ? String.valueOf(decision.reviewBy()) : "none"),
					FlagKind.REFERRAL_REVIEW_DUE.actingAgency(), ids, List.of(welfare(episode, true)),
					Flag.Evidence.of(removal(episode), null, null, null, evidence, null, null)));
		}
		if (decision != null && "REUNIFICATION".equals(episode.permanencyGoal())
				&& Set.of("CUSTODIAL_PARENT", "BOTH").contains(decision.referTo())) {
			List<Flag.CaseRef> cases = new ArrayList<>();
			cases.add(welfare(episode, true));
			childCases.forEach((c) -> cases.add(support(c, false)));
			flags.add(new Flag(FlagKind.REUNIFICATION_CAUTION,
					key(FlagKind.REUNIFICATION_CAUTION, episode.episodeId(), String.valueOf(decision.decidedOn())),
					FlagKind.REUNIFICATION_CAUTION.actingAgency(), ids, cases,
					Flag.Evidence.of(removal(episode), null, null, null, evidence, null, null)));
		}
	}

	private static void discharge(Map<Source, String> ids, RemovalEpisode episode, List<SupportCase> childCases,
			List<Flag> flags) {
		for (SupportCase supportCase : childCases) {
			if (!"FOSTER_CARE".equals(supportCase.caseType()) || "CLOSED".equals(supportCase.status())) {
				continue;
			}
			flags
				.add(new Flag(FlagKind.SUPPORT_CASE_MAY_CLOSE,
						key(FlagKind.SUPPORT_CASE_MAY_CLOSE, supportCase.caseNumber(), episode.episodeId()),
						FlagKind.SUPPORT_CASE_MAY_CLOSE.actingAgency(), ids,
						List.of(support(supportCase, true), welfare(episode, false)), Flag.Evidence.of(removal(episode),
								null, null, null, null, new Flag.Discharge(Source.WELFARE, episode.episodeId(),
										episode.dischargeDate(), supportCase.caseNumber(), supportCase.status()),
								null)));
		}
	}

	private static void vap(Map<Source, String> ids, List<RemovalEpisode> episodes, List<SupportCase> childCases,
			List<PaternityRecord> births, String vitals, LocalDate today, List<Flag> flags) {
		PaternityRecord birth = ownBirth(births, vitals);
		if (birth == null || !"VAP".equals(birth.method()) || birth.vapSignedOn() == null
				|| birth.vapRescindedOn() != null) {
			return;
		}
		LocalDate sixtyDays = birth.vapSignedOn().plusDays(VAP_RESCISSION_DAYS);
		LocalDate until = (birth.vapRescissionDeadline() != null && birth.vapRescissionDeadline().isBefore(sixtyDays))
				? birth.vapRescissionDeadline() : sixtyDays;
		if (today.isAfter(until)) {
			return;
		}
		List<Flag.CaseRef> cases = new ArrayList<>();
		childCases.forEach((c) -> cases.add(support(c, true)));
		episodes.forEach((e) -> cases.add(welfare(e, true)));
		flags.add(
				new Flag(FlagKind.VAP_RESCINDABLE,
						key(FlagKind.VAP_RESCINDABLE, birth.birthCertificateNumber(),
								String.valueOf(birth.vapSignedOn())),
						FlagKind.VAP_RESCINDABLE.actingAgency(), ids, cases,
						Flag.Evidence.of(null, null, null, new Flag.Paternity(Source.VITALS,
								birth.birthCertificateNumber(), birth.method(), birth.vapSignedOn(), until, true), null,
								null, null)));
	}

	private static void death(Map<Source, String> ids, PersonFacts facts, List<Flag> flags) {
		for (PersonRecord record : facts.subjects()) {
			if (record.dateOfDeath() == null) {
				continue;
			}
			List<Flag.CaseRef> cases = new ArrayList<>();
			facts.support().forEach((c) -> cases.add(support(c, true)));
			facts.placements().forEach((e) -> cases.add(welfare(e, true)));
			Source source = record.provenance().source();
			flags.add(new Flag(FlagKind.PARTICIPANT_DECEASED,
					key(FlagKind.PARTICIPANT_DECEASED, source.id(), record.agencyPersonId()),
					cases.stream().anyMatch((c) -> c.source() == Source.SUPPORT) ? Source.SUPPORT : Source.WELFARE, ids,
					cases, Flag.Evidence.of(null, null, null, null, null, null,
							new Flag.Death(source, record.agencyPersonId(), record.dateOfDeath()))));
			return;
		}
	}

	private static PaternityRecord ownBirth(List<PaternityRecord> births, String vitals) {
		if (vitals == null) {
			return null;
		}
		return births.stream().filter((b) -> vitals.equals(b.childAgencyPersonId())).findFirst().orElse(null);
	}

	static Flag.Removal removal(RemovalEpisode episode) {
		LocalDate placed = episode.placements()
			.stream()
			.map(RemovalEpisode.Placement::startDate)
			.filter((d) -> d != null)
			.max(LocalDate::compareTo)
			.orElse(null);
		return new Flag.Removal(Source.WELFARE, episode.episodeId(), episode.removalDate(), placed);
	}

	private static Flag.CaseRef support(SupportCase supportCase, boolean notified) {
		return new Flag.CaseRef(Source.SUPPORT, supportCase.caseNumber(), workerId(supportCase.worker()), notified);
	}

	private static Flag.CaseRef welfare(RemovalEpisode episode, boolean notified) {
		return new Flag.CaseRef(Source.WELFARE, episode.episodeId(), workerId(episode.worker()), notified);
	}

	/** Agencies know their workers by e-mail address. */
	private static String workerId(CaseWorker worker) {
		return (worker != null && worker.email() != null) ? worker.email().toLowerCase(java.util.Locale.ROOT) : null;
	}

	private static String key(FlagKind kind, String... parts) {
		return kind.name() + ":" + String.join(":", parts);
	}

}
