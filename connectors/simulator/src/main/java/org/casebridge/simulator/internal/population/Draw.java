package org.casebridge.simulator.internal.population;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws the generators share; every date drawn lies before the simulation's today.
 */
final class Draw {

	static final LocalDate LAST_DAY = SimulationDate.TODAY.minusDays(1);

	private Draw() {
	}

	static boolean chance(SplittableRandom random, double probability) {
		return random.nextDouble() < probability;
	}

	/** A number from {@code from} to {@code to}, both included. */
	static int between(SplittableRandom random, int from, int to) {
		return (to <= from) ? from : from + random.nextInt(to - from + 1);
	}

	/**
	 * A date from {@code from} to {@code to}, both included, never after yesterday; when
	 * the range is empty, the earlier of {@code from} and yesterday.
	 */
	static LocalDate date(SplittableRandom random, LocalDate from, LocalDate to) {
		LocalDate last = to.isAfter(LAST_DAY) ? LAST_DAY : to;
		if (!from.isBefore(last)) {
			return from.isAfter(LAST_DAY) ? LAST_DAY : from;
		}
		return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, last) + 1));
	}

	/** The earlier of {@code date} and yesterday. */
	static LocalDate notAfterYesterday(LocalDate date) {
		return date.isAfter(LAST_DAY) ? LAST_DAY : date;
	}

	/** A moment during a day from {@code from} to yesterday. */
	static Instant moment(SplittableRandom random, LocalDate from) {
		return SimulationDate.at(date(random, from, LAST_DAY), random.nextInt(7 * 3600, 19 * 3600));
	}

	/** Whole dollars from {@code from} to {@code to}, with cents. */
	static BigDecimal dollars(SplittableRandom random, int from, int to) {
		return BigDecimal.valueOf(between(random, from, to)).setScale(2);
	}

	/** An amount with cents from {@code from} to {@code to} dollars. */
	static BigDecimal amount(SplittableRandom random, int from, int to) {
		return BigDecimal.valueOf(between(random, from * 100, to * 100), 2);
	}

	static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** The index of the weight drawn, weights in any unit. */
	static int weighted(SplittableRandom random, int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int draw = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
