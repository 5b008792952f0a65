package org.casebridge.simulator.evaluation;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.casebridge.simulator.SyntheticPerson.Sex;
import org.casebridge.simulator.internal.population.Names;

/** Adds a {@link Dirt}'s errors to records, each independently at its rate. */
final class Dirtier {

	private static final String[] OTHER_NAMES = { "SOTO", "REYES", "HUNT", "MASON", "PRICE", "LANE", "WEBB", "ROSS" };

	private final Dirt dirt;

	private final SplittableRandom random;

	Dirtier(Dirt dirt, SplittableRandom random) {
		this.dirt = dirt;
		this.random = random;
	}

	AgencyRecord dirty(AgencyRecord record) {
		String ssn = record.ssn();
		if (ssn != null && chance(this.dirt.ssnMissing())) {
			ssn = null;
		}
		else if (ssn != null && chance(this.dirt.ssnOneDigit())) {
			int position = 3 + this.random.nextInt(6);
			char digit = (char) ('0' + (ssn.charAt(position) - '0' + 1 + this.random.nextInt(9)) % 10);
			ssn = ssn.substring(0, position) + digit + ssn.substring(position + 1);
		}
		LocalDate born = record.dateOfBirth();
		if (born != null && chance(this.dirt.birthDayMonthSwapped()) && born.getDayOfMonth() <= 12
				&& born.getDayOfMonth() != born.getMonthValue()) {
			born = LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
		}
		else if (born != null && chance(this.dirt.birthDayTypo())) {
			born = EvaluationPopulation.withDay(born, 1 + (born.getDayOfMonth() + this.random.nextInt(27)) % 28);
		}
		String last = record.last();
		if (chance(this.dirt.lastNameTypo())) {
			last = Names.transposed(last, this.random);
		}
		else if (record.sex() == Sex.FEMALE && chance(this.dirt.hyphenated())) {
			last = last + "-" + OTHER_NAMES[this.random.nextInt(OTHER_NAMES.length)];
		}
		String first = record.first();
		if (first.length() > 4 && chance(this.dirt.firstNameTypo())) {
			int position = 1 + this.random.nextInt(first.length() - 1);
			first = first.substring(0, position) + first.substring(position + 1);
		}
		return new AgencyRecord(record.key(), record.agency(), first, record.middle(), last, record.aliases(), born,
				record.dateOfBirthEstimated(), ssn, record.sex());
	}

	private boolean chance(double rate) {
		return rate > 0 && this.random.nextDouble() < rate;
	}

}
