package org.casebridge.simulator.internal.population;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.casebridge.simulator.internal.population.LocateRecord.AddressSeen;
import org.casebridge.simulator.internal.population.LocateRecord.DriverLicense;
import org.casebridge.simulator.internal.population.LocateRecord.Hire;
import org.casebridge.simulator.internal.population.LocateRecord.QuarterlyWage;

/**
 * A locate subject's records (addresses, new hires, quarterly wages, driver licences),
 * generated only when asked for, from the seed and the person's number: most adults have
 * a page of them, people who move and change jobs often have several.
 */
public final class LocateHistory {

	private static final long SALT = 0x10CA7EL;

	private LocateHistory() {
	}

	/** Newest first. */
	public static List<LocateRecord> of(long seed, Person person) {
		SplittableRandom random = new SplittableRandom(Ids.mix(seed ^ SALT, person.index()));
		long base = person.index() * 100L + 1000;
		LocalDate adult = person.truth().dateOfBirth().plusYears(18);
		List<LocateRecord> records = new ArrayList<>();
		List<AddressSeen> addresses = new ArrayList<>();
		boolean hopper = Draw.chance(random, 0.15);
		int addressCount = hopper ? Draw.between(random, 3, 8) : Draw.between(random, 1, 4);
		for (int i = 0; i < addressCount; i++) {
			LocalDate reported = Draw.date(random, later(adult, SimulationDate.TODAY.minusYears(8)), Draw.LAST_DAY);
			addresses.add(new AddressSeen("A-" + (base + i), Draw.pick(random, List.of("DMV", "NDNH", "SWA")), reported,
					Places.address(random)));
		}
		records.addAll(addresses);
		int jobs = hopper ? Draw.between(random, 5, 9) : Draw.weighted(random, 15, 40, 30, 15);
		LocalDate start = later(adult, SimulationDate.TODAY.minusYears(hopper ? 8 : 4));
		int wageNumber = 0;
		for (int i = 0; i < jobs && start.isBefore(Draw.LAST_DAY); i++) {
			Employer employer = Places.employer(random);
			LocalDate hired = Draw.date(random, start, start.plusDays(hopper ? 120 : 400));
			boolean last = i == jobs - 1;
			LocalDate separated = (last && Draw.chance(random, 0.7)) ? null
					: Draw.date(random, hired.plusDays(60), hired.plusDays(hopper ? 500 : 900));
			records.add(new Hire("N-" + (base + i), "NDNH", Draw.date(random, hired.plusDays(10), hired.plusDays(30)),
					employer, hired, separated));
			YearMonth end = YearMonth.from((separated != null) ? separated : SimulationDate.TODAY.minusMonths(3));
			for (YearMonth quarter = quarterStart(YearMonth.from(hired)); !quarter.isAfter(end)
					&& quarter.plusMonths(3).atDay(15).isBefore(SimulationDate.TODAY); quarter = quarter
						.plusMonths(3)) {
				LocalDate reported = quarter.plusMonths(3).atDay(Draw.between(random, 15, 30));
				String label = quarter.getYear() + "Q" + (1 + (quarter.getMonthValue() - 1) / 3);
				records.add(new QuarterlyWage("W-" + (base + 20 + wageNumber++), "SWA",
						Draw.notAfterYesterday(reported), label, employer, Draw.amount(random, 2500, 15000)));
			}
			start = (separated != null) ? separated.plusDays(1) : Draw.LAST_DAY;
		}
		if (Draw.chance(random, 0.75)) {
			records.add(license(random, base, person, addresses.get(0).address()));
		}
		records.sort(Comparator.comparing(LocateRecord::reported).reversed().thenComparing(LocateRecord::recordId));
		return List.copyOf(records);
	}

	/** Where the person lives: the newest address the service has for them. */
	static Address residence(long seed, Person person) {
		return of(seed, person).stream()
			.filter(AddressSeen.class::isInstance)
			.map((record) -> ((AddressSeen) record).address())
			.findFirst()
			.orElseThrow();
	}

	private static DriverLicense license(SplittableRandom random, long base, Person person, Address address) {
		int status = Draw.weighted(random, 80, 12, 8);
		int expiresYear = (status == 2) ? Draw.between(random, 2023, 2025) : Draw.between(random, 2027, 2031);
		LocalDate born = person.truth().dateOfBirth();
		LocalDate expires = born.withYear(expiresYear);
		return new DriverLicense("DL-" + (base + 90), "DMV", Draw.date(random, expires.minusYears(8), Draw.LAST_DAY),
				String.format("UT%09d", random.nextInt(1_000_000_000)), "UT",
				List.of("VALID", "SUSPENDED", "EXPIRED").get(status), expires, address);
	}

	private static YearMonth quarterStart(YearMonth month) {
		return month.withMonth(1 + (month.getMonthValue() - 1) / 3 * 3);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
