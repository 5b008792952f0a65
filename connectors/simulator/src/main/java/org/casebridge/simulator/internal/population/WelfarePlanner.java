package org.casebridge.simulator.internal.population;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.casebridge.simulator.internal.population.Episode.IveEligibility;
import org.casebridge.simulator.internal.population.Episode.ParentLink;
import org.casebridge.simulator.internal.population.Episode.Placement;
import org.casebridge.simulator.internal.population.Episode.ReferralDecision;
import org.casebridge.simulator.internal.population.Episode.Termination;

/**
 * Writes a family's child welfare case: removals, placements and the decisions around
 * them.
 */
final class WelfarePlanner {

	private static final List<String> REMOVAL_REASONS = List.of("NEGLECT", "PHYSICAL_ABUSE", "SEXUAL_ABUSE",
			"PARENT_DRUG_ABUSE", "ABANDONMENT", "CAREGIVER_INABILITY", "INADEQUATE_HOUSING");

	private static final List<String> NO_REFERRAL_REASONS = List.of("Referral would impede the reunification plan",
			"Parent has no ability to pay (incarcerated)", "Parent's only income is SSI",
			"Parents' whereabouts unknown; diligent search under way");

	private final Ids ids;

	private final SplittableRandom random;

	WelfarePlanner(Ids ids, SplittableRandom random) {
		this.ids = ids;
		this.random = random;
	}

	WelfareCase welfareCase(Shape shape, Cast cast) {
		if (!shape.foster()) {
			LocalDate opened = Draw.date(this.random, cast.youngest().truth().dateOfBirth(),
					SimulationDate.TODAY.minusDays(10));
			return new WelfareCase(this.ids.welfareCaseNumber(cast.familyIndex(), opened.getYear()), opened, List.of());
		}
		List<Person> removed = new ArrayList<>(cast.children());
		if (removed.size() > 1 && Draw.chance(this.random, 0.3)) {
			removed = List.of(removed.get(this.random.nextInt(removed.size())));
		}
		LocalDate youngestBorn = removed.get(removed.size() - 1).truth().dateOfBirth();
		LocalDate removal = Draw.date(this.random, later(youngestBorn.plusDays(1), SimulationDate.TODAY.minusYears(6)),
				SimulationDate.TODAY.minusDays(3));
		LocalDate opened = Draw.date(this.random, later(youngestBorn, removal.minusDays(30)), removal);
		String caseNumber = this.ids.welfareCaseNumber(cast.familyIndex(), opened.getYear());
		String reason = Draw.pick(this.random, REMOVAL_REASONS);
		String goal = List.of("REU", "ADO", "GDN", "REL", "APP").get(Draw.weighted(this.random, 50, 20, 10, 12, 8));
		ReferralDecision referral = referral(shape, removal);
		Worker worker = Places.welfareWorker(this.random);
		List<ParentLink> parents = parents(cast);
		List<Episode> episodes = new ArrayList<>();
		for (Person child : removed) {
			String childGoal = ("APP".equals(goal) && child.truth().dateOfBirth().isAfter(removal.minusYears(16)))
					? "REU" : goal;
			String id = "EP-" + caseNumber.substring(caseNumber.length() - 6) + "-" + (episodes.size() + 1);
			episodes.add(episode(id, child, removal, reason, childGoal, referral, worker, parents, cast));
		}
		return new WelfareCase(caseNumber, opened, episodes);
	}

	private Episode episode(String id, Person child, LocalDate removal, String reason, String goal,
			ReferralDecision referral, Worker worker, List<ParentLink> parents, Cast cast) {
		int count = 1 + Draw.weighted(this.random, 45, 30, 15, 10);
		List<LocalDate> begins = new ArrayList<>(List.of(removal));
		for (int i = 1; i < count; i++) {
			LocalDate previous = begins.get(i - 1);
			if (!previous.isBefore(Draw.LAST_DAY.minusDays(7))) {
				break;
			}
			begins.add(Draw.date(this.random, previous.plusDays(7), previous.plusDays(400)));
		}
		LocalDate lastBegin = begins.get(begins.size() - 1);
		boolean discharge = lastBegin.isBefore(SimulationDate.TODAY.minusDays(60)) && Draw.chance(this.random, 0.2);
		LocalDate discharged = discharge ? Draw.date(this.random, lastBegin.plusDays(30), Draw.LAST_DAY) : null;
		List<Placement> placements = new ArrayList<>();
		for (int i = 0; i < begins.size(); i++) {
			LocalDate end = (i + 1 < begins.size()) ? begins.get(i + 1) : discharged;
			placements.add(placement(child, i, begins.get(i), end, cast));
		}
		List<Termination> terminations = new ArrayList<>();
		if ("ADO".equals(goal) && removal.isBefore(SimulationDate.TODAY.minusYears(1))) {
			LocalDate terminated = Draw.date(this.random, removal.plusDays(365), removal.plusDays(600));
			for (ParentLink parent : parents) {
				terminations.add(new Termination(parent.parent(), terminated, Draw.chance(this.random, 0.25)));
			}
		}
		IveEligibility ive = ive(removal);
		String custody = List.of("ST", "RE", "PA").get(Draw.weighted(this.random, 90, 6, 4));
		String dischargeReason = discharge ? dischargeReason(goal) : null;
		return new Episode(id, child, removal, reason, placements, goal, custody, terminations, ive, referral,
				discharged, dischargeReason, worker, parents, Draw.moment(this.random, lastBegin));
	}

	/**
	 * A relative foster home is, more often than not, the household of a grandparent,
	 * aunt or uncle the family has, at the address where they live. The current placement
	 * of a child whose mother is at risk of family violence is a group home: the child
	 * waits for placement.
	 */
	private Placement placement(Person child, int number, LocalDate begin, LocalDate end, Cast cast) {
		String drawn = List.of("FFR", "FFN", "GRP", "INS", "PAD").get(Draw.weighted(this.random, 35, 35, 15, 5, 10));
		// on purpose: a child of a mother at risk waits for placement, in a group home,
		// so
		// that the flagged parent of a waiting child is in every population
		String setting = (end == null && cast.mother().truth().familyViolenceIndicator()) ? "GRP" : drawn;
		String id = "PL-" + (child.index() * 8L + number + 1000);
		List<Person> living = cast.kin().people().stream().filter((kin) -> kin.deathDate() == null).toList();
		if ("FFR".equals(setting) && !living.isEmpty() && Draw.chance(this.random, 0.6)) {
			Person relative = Draw.pick(this.random, living);
			return new Placement(id, setting, begin, end, relative.truth().last() + " kinship home",
					LocateHistory.residence(this.ids.seed(), relative));
		}
		String provider = switch (setting) {
			case "FFR" -> Names.pick(this.random, Names.LAST) + " kinship home";
			case "FFN" -> Names.pick(this.random, Names.LAST) + " foster home";
			case "GRP" -> "Wasatch Youth Group Home";
			case "INS" -> "Bonneville Residential Treatment Center";
			default -> Names.pick(this.random, Names.LAST) + " pre-adoptive home";
		};
		return new Placement(id, setting, begin, end, provider, Places.address(this.random));
	}

	/**
	 * Since 2022 the default is not to refer; every decision is reviewed within six
	 * months.
	 */
	private ReferralDecision referral(Shape shape, LocalDate removal) {
		LocalDate decided = Draw.date(this.random, removal.plusDays(1), removal.plusDays(20));
		LocalDate drawn = decided.plusDays(Draw.between(this.random, 90, 182));
		LocalDate review = drawn.isAfter(decided.plusMonths(6)) ? decided.plusMonths(6) : drawn;
		if (shape.familyViolence()) {
			return new ReferralDecision("NONE", "Good cause: risk of family violence", decided, review);
		}
		return switch (Draw.weighted(this.random, 35, 8, 17, 40)) {
			case 0 ->
				new ReferralDecision("NCP", "Noncustodial parent able to pay; no safety concern", decided, review);
			case 1 -> new ReferralDecision("CP", "Custodial parent able to contribute; reunification not impeded",
					decided, review);
			case 2 ->
				new ReferralDecision("BOTH", "Both parents employed; referral supports the case plan", decided, review);
			default -> new ReferralDecision("NONE", Draw.pick(this.random, NO_REFERRAL_REASONS), decided, review);
		};
	}

	private IveEligibility ive(LocalDate removal) {
		int draw = Draw.weighted(this.random, 65, 25, 10);
		if (draw == 2) {
			return null;
		}
		LocalDate determined = Draw.date(this.random, removal.plusDays(10), removal.plusDays(40));
		if (draw == 1) {
			return new IveEligibility(false, determined, BigDecimal.ZERO.setScale(2));
		}
		return new IveEligibility(true, determined,
				Draw.dollars(this.random, 100, 180).multiply(BigDecimal.valueOf(5)));
	}

	private static List<ParentLink> parents(Cast cast) {
		List<ParentLink> parents = new ArrayList<>();
		parents.add(new ParentLink(cast.mother(), "MO"));
		if (cast.legalFather() != null) {
			parents.add(new ParentLink(cast.legalFather(), "FA"));
		}
		cast.alleged().forEach((man) -> parents.add(new ParentLink(man, "PF")));
		return parents;
	}

	private static String dischargeReason(String goal) {
		return switch (goal) {
			case "ADO" -> "ADOPTION";
			case "GDN" -> "GUARDIANSHIP";
			case "REL" -> "LIVING_WITH_RELATIVE";
			case "APP" -> "EMANCIPATION";
			default -> "REUNIFICATION";
		};
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
