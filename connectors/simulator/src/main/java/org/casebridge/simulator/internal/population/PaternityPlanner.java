package org.casebridge.simulator.internal.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.casebridge.simulator.internal.population.Paternity.AllegedFather;
import org.casebridge.simulator.internal.population.Paternity.GeneticTest;
import org.casebridge.simulator.internal.population.Paternity.Method;

/** Writes each child's birth record and how paternity was (or was not) established. */
final class PaternityPlanner {

	/** A VAP may be rescinded within 60 days of signing [42 USC 666(a)(5)(D)]. */
	private static final int RESCISSION_DAYS = 60;

	private final Ids ids;

	private final SplittableRandom random;

	PaternityPlanner(Ids ids, SplittableRandom random) {
		this.ids = ids;
		this.random = random;
	}

	List<Birth> births(Scenario scenario, Cast cast) {
		List<Birth> births = new ArrayList<>();
		for (Person child : cast.children()) {
			Paternity paternity = paternity(scenario, cast, child);
			Person legalFather = (paternity.method() == Method.NONE) ? null : cast.legalFather();
			LocalDate born = child.truth().dateOfBirth();
			births.add(new Birth(this.ids.certificateNumber(child.index(), born.getYear()), child, cast.mother(),
					legalFather, paternity, Draw.moment(this.random, latest(born, paternity))));
		}
		return births;
	}

	private Paternity paternity(Scenario scenario, Cast cast, Person child) {
		LocalDate born = child.truth().dateOfBirth();
		Person father = cast.legalFather();
		Tests tests = new Tests(child);
		return switch (scenario) {
			case MARITAL -> new Paternity(Method.MAR, born, null, null, null, List.of(), List.of(), List.of());
			case VAP -> {
				LocalDate signed = Draw.notAfterYesterday(born.plusDays(this.random.nextInt(3)));
				yield new Paternity(Method.VAP, signed, signed, signed.plusDays(RESCISSION_DAYS), null, List.of(),
						List.of(), List.of());
			}
			case VAP_RESCINDED -> rescinded(cast, born, tests);
			case GENETIC -> {
				List<AllegedFather> alleged = new ArrayList<>();
				alleged.add(new AllegedFather(father, "NAMED_BY_MOTHER"));
				cast.alleged().forEach((man) -> alleged.add(new AllegedFather(man, "NAMED_BY_MOTHER")));
				LocalDate tested = Draw.date(this.random, born.plusDays(30), born.plusDays(400));
				for (AllegedFather man : alleged) {
					tests.add(man.person(), tested, man.person() == father);
				}
				yield new Paternity(Method.GEN, after(tested, 14, 60), null, null, null, alleged, tests.all, List.of());
			}
			case COURT, ADMINISTRATIVE -> {
				LocalDate ordered = Draw.date(this.random, born.plusDays(90), born.plusDays(900));
				List<AllegedFather> alleged = new ArrayList<>();
				if (Draw.chance(this.random, 0.4)) {
					alleged.add(new AllegedFather(father, "NAMED_BY_MOTHER"));
					tests.add(father, Draw.date(this.random, born.plusDays(30), ordered), true);
				}
				Method method = (scenario == Scenario.COURT) ? Method.CRT : Method.ADM;
				yield new Paternity(method, ordered, null, null, null, alleged, tests.all, List.of());
			}
			case DEFAULT -> new Paternity(Method.DEF, Draw.date(this.random, born.plusDays(120), born.plusDays(700)),
					null, null, null, List.of(new AllegedFather(father, "NAMED_BY_MOTHER")), List.of(), List.of());
			case UNKNOWN -> new Paternity(Method.NONE, null, null, null, null, List.of(), List.of(), List.of());
			case ALLEGED -> alleged(cast, born, tests);
			case CONFLICT -> {
				LocalDate signed = Draw.notAfterYesterday(born.plusDays(this.random.nextInt(4)));
				yield new Paternity(Method.MAR, born, signed, signed.plusDays(RESCISSION_DAYS), null,
						List.of(new AllegedFather(cast.alleged().get(0), "VAP_SIGNATORY")), List.of(),
						List.of("MARITAL_PRESUMPTION_VS_VAP"));
			}
		};
	}

	/**
	 * The signer rescinded in time; a genetic test then proved (legal father) or excluded
	 * him.
	 */
	private Paternity rescinded(Cast cast, LocalDate born, Tests tests) {
		Person signer = (cast.legalFather() != null) ? cast.legalFather() : cast.alleged().get(0);
		LocalDate signed = Draw.notAfterYesterday(born.plusDays(this.random.nextInt(3)));
		LocalDate rescindedOn = Draw.date(this.random, signed.plusDays(10), signed.plusDays(55));
		LocalDate tested = Draw.date(this.random, rescindedOn.plusDays(30), rescindedOn.plusDays(200));
		boolean proven = cast.legalFather() != null;
		tests.add(signer, tested, proven);
		return new Paternity(proven ? Method.GEN : Method.NONE, proven ? after(tested, 20, 60) : null, signed,
				signed.plusDays(RESCISSION_DAYS), rescindedOn, List.of(new AllegedFather(signer, "VAP_RESCINDED")),
				tests.all, List.of());
	}

	private Paternity alleged(Cast cast, LocalDate born, Tests tests) {
		List<AllegedFather> alleged = new ArrayList<>();
		for (Person man : cast.alleged()) {
			int basis = Draw.weighted(this.random, 70, 20, 10);
			alleged.add(new AllegedFather(man,
					(basis == 0) ? "NAMED_BY_MOTHER" : (basis == 1) ? "SELF_IDENTIFIED" : "PUTATIVE_REGISTRY"));
		}
		if (Draw.chance(this.random, 0.4)) {
			tests.pending(cast.alleged().get(0),
					Draw.date(this.random, born.plusDays(1), SimulationDate.TODAY.minusDays(1)));
		}
		return new Paternity(Method.NONE, null, null, null, null, alleged, tests.all, List.of());
	}

	private LocalDate after(LocalDate date, int fromDays, int toDays) {
		return Draw.date(this.random, date.plusDays(fromDays), date.plusDays(toDays));
	}

	private static LocalDate latest(LocalDate born, Paternity paternity) {
		LocalDate latest = born;
		for (LocalDate date : new LocalDate[] { paternity.established(), paternity.vapRescinded() }) {
			if (date != null && date.isAfter(latest)) {
				latest = date;
			}
		}
		return latest;
	}

	/** The genetic tests of one child, numbered from the child's number. */
	private final class Tests {

		private final Person child;

		private final List<GeneticTest> all = new ArrayList<>();

		Tests(Person child) {
			this.child = child;
		}

		void add(Person man, LocalDate tested, boolean included) {
			String probability = included ? "99." + Draw.between(PaternityPlanner.this.random, 90, 99) : null;
			this.all.add(new GeneticTest(id(), man, tested, included ? "INCLUSION" : "EXCLUSION", probability));
		}

		void pending(Person man, LocalDate tested) {
			this.all.add(new GeneticTest(id(), man, tested, "PENDING", null));
		}

		private String id() {
			return "GT-" + (this.child.index() * 4L + this.all.size() + 1000);
		}

	}

}
