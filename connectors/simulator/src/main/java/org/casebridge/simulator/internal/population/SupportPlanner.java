package org.casebridge.simulator.internal.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.casebridge.simulator.internal.population.Episode.ReferralDecision;
import org.casebridge.simulator.internal.population.SupportCase.Arrears;
import org.casebridge.simulator.internal.population.SupportCase.Assignment;
import org.casebridge.simulator.internal.population.SupportCase.Order;
import org.casebridge.simulator.internal.population.SupportCase.Participant;
import org.casebridge.simulator.internal.population.SupportCase.Referral;

/**
 * Writes a family's IV-D cases: an ordinary case for most families and, when a child is
 * in foster care and was referred, a foster-care case where the IV-E agency is custodian
 * and payee (support follows the child).
 */
final class SupportPlanner {

	private static final List<String> TYPES = List.of("CT", "FT", "MO", "NA");

	private final Ids ids;

	private final SplittableRandom random;

	SupportPlanner(Ids ids, SplittableRandom random) {
		this.ids = ids;
		this.random = random;
	}

	/**
	 * With {@code knowsCustodian} the family always has an ordinary case, so child
	 * support knows the custodial parent.
	 */
	List<SupportCase> cases(Cast cast, WelfareCase welfareCase, boolean knowsCustodian) {
		List<SupportCase> cases = new ArrayList<>();
		if (cast.children().isEmpty()) {
			return cases;
		}
		boolean foster = welfareCase != null && !welfareCase.episodes().isEmpty();
		if (Draw.chance(this.random, foster ? 0.3 : 0.6) || knowsCustodian) {
			cases.add(ordinaryCase(cast));
		}
		if (foster) {
			ReferralDecision referral = welfareCase.episodes().get(0).referral();
			boolean referred = referral != null && !"NONE".equals(referral.code());
			if (Draw.chance(this.random, referred ? 0.9 : 0.15)) {
				cases.add(fosterCareCase(cast, welfareCase));
			}
		}
		return cases;
	}

	private SupportCase ordinaryCase(Cast cast) {
		String type = TYPES.get(Draw.weighted(this.random, 20, 30, 12, 38));
		LocalDate opened = Draw.date(this.random, cast.children().get(0).truth().dateOfBirth().plusDays(30),
				SimulationDate.TODAY.minusDays(60));
		List<Participant> participants = new ArrayList<>();
		participants.add(new Participant(cast.custodian(), "CP"));
		Person noncustodial = cast.noncustodialParent();
		if (noncustodial != null) {
			participants.add(new Participant(noncustodial, "NCP"));
		}
		else {
			cast.alleged().forEach((man) -> participants.add(new Participant(man, "AF")));
		}
		cast.children().forEach((child) -> participants.add(new Participant(child, "CH")));
		Assignment assignment = switch (type) {
			case "CT", "FT" -> new Assignment("TANF", Draw.date(this.random, opened.minusDays(30), opened));
			default -> null;
		};
		Referral referral = switch (type) {
			case "CT", "FT" -> new Referral("TANF", Draw.date(this.random, opened.minusDays(30), opened));
			case "MO" -> new Referral("MCD", Draw.date(this.random, opened.minusDays(30), opened));
			default -> new Referral(Draw.chance(this.random, 0.7) ? "APP" : "INT", opened);
		};
		String caseId = this.ids.supportCaseId(cast.familyIndex(), 0, opened.getYear());
		return money(caseId, cast.familyIndex() * 2L, type, opened, participants, assignment, referral, cast);
	}

	private SupportCase fosterCareCase(Cast cast, WelfareCase welfareCase) {
		Episode episode = welfareCase.episodes().get(0);
		ReferralDecision referral = episode.referral();
		LocalDate referred = (referral != null) ? referral.decided() : episode.removed();
		LocalDate opened = Draw.date(this.random, referred.plusDays(5), referred.plusDays(30));
		List<Participant> participants = new ArrayList<>();
		participants.add(new Participant(null, "IVE"));
		String code = (referral != null) ? referral.code() : "BOTH";
		Person custodian = cast.custodian();
		Person other = cast.noncustodialParent();
		if (("CP".equals(code) || "BOTH".equals(code) || "NONE".equals(code) || other == null)) {
			participants.add(new Participant(custodian, "NCP"));
		}
		if (other != null && !"CP".equals(code)) {
			participants.add(new Participant(other, "NCP"));
		}
		if (cast.legalFather() == null) {
			cast.alleged().forEach((man) -> participants.add(new Participant(man, "AF")));
		}
		welfareCase.episodes().forEach((removed) -> participants.add(new Participant(removed.child(), "CH")));
		String caseId = this.ids.supportCaseId(cast.familyIndex(), 1, opened.getYear());
		return money(caseId, cast.familyIndex() * 2L + 1, "FC", opened, participants,
				new Assignment("FC", episode.removed()), new Referral("IVE", referred), cast);
	}

	private SupportCase money(String caseId, long caseKey, String type, LocalDate opened,
			List<Participant> participants, Assignment assignment, Referral referral, Cast cast) {
		String status = List.of("O", "C", "P").get(Draw.weighted(this.random, 80, 12, 8));
		Order order = null;
		Arrears arrears = null;
		SupportLedger ledger = new SupportLedger(this.random, caseKey, type, status, payeeName(cast));
		if (opened.isBefore(SimulationDate.TODAY.minusDays(60)) && Draw.chance(this.random, 0.75)) {
			LocalDate effective = Draw.date(this.random, opened.plusDays(30), opened.plusDays(240));
			order = new Order("ORD-" + (caseKey + 10_000), Draw.chance(this.random, 0.55) ? "J" : "A",
					Draw.dollars(this.random, 150, 950),
					List.of("M", "W", "B").get(Draw.weighted(this.random, 70, 15, 15)), Draw.chance(this.random, 0.6),
					effective);
			arrears = ledger.arrears();
			ledger.collect(order, arrears.family().add(arrears.state()).signum() > 0);
		}
		return new SupportCase(caseId, type, status, opened, participants, order, arrears, ledger.payments(),
				ledger.disbursements(), assignment, referral, Places.supportWorker(this.random),
				Draw.moment(this.random, opened));
	}

	private static String payeeName(Cast cast) {
		return cast.custodian().fullName();
	}

}
