package org.casebridge.gateway.identity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;

/**
 * A record prepared once for many comparisons: its names normalised, split and encoded by
 * sound, and the keys of the blocks it falls into.
 */
public final class ComparableRecord {

	private static final DoubleMetaphone SOUND = new DoubleMetaphone();

	private final PersonRecord record;

	private final List<Name> names;

	private ComparableRecord(PersonRecord record, List<Name> names) {
		this.record = record;
		this.names = names;
	}

	public static ComparableRecord of(PersonRecord record) {
		List<Name> names = new ArrayList<>();
		for (PersonName name : record.names()) {
			String first = Names.normalize(name.first());
			String last = Names.normalize(name.last());
			Set<String> parts = new LinkedHashSet<>();
			if (name.last() != null) {
				for (String part : name.last().split("[-\\s]+")) {
					String normal = Names.normalize(part);
					if (normal.length() > 1) {
						parts.add(normal);
					}
				}
			}
			names.add(new Name(first, Names.normalize(name.middle()), last, Set.copyOf(parts), sound(first),
					sound(last)));
		}
		return new ComparableRecord(record, List.copyOf(names));
	}

	public PersonRecord record() {
		return this.record;
	}

	List<Name> names() {
		return this.names;
	}

	/**
	 * The blocks the record falls into: two records are compared only when they share
	 * one. Chosen so that every error the matcher forgives keeps at least one block: the
	 * SSN and each half of it (a typo changes one half), the date of birth and its
	 * day-month swap, and each family name's sound with the year of birth or with the day
	 * and month (a typo changes one of them); an estimated date adds the years either
	 * side.
	 */
	public Set<String> blockingKeys() {
		Set<String> keys = new LinkedHashSet<>();
		String ssn = this.record.ssn();
		if (ssn != null && ssn.length() == 9) {
			keys.add("S" + ssn.substring(0, 5));
			keys.add("T" + ssn.substring(0, 3) + ssn.substring(5));
		}
		LocalDate born = this.record.dateOfBirth();
		if (born != null) {
			keys.add("D" + born);
			if (born.getDayOfMonth() <= 12
					&& born.getMonthValue() <= YearMonth.of(born.getYear(), born.getDayOfMonth()).lengthOfMonth()) {
				keys.add("D" + LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()));
			}
			for (Name name : this.names) {
				for (String sound : name.familySounds()) {
					keys.add("Y" + sound + born.getYear());
					keys.add("M" + sound + born.getMonthValue() + "-" + born.getDayOfMonth());
					if (this.record.dateOfBirthEstimated()) {
						keys.add("Y" + sound + (born.getYear() - 1));
						keys.add("Y" + sound + (born.getYear() + 1));
					}
				}
			}
		}
		return keys;
	}

	static String sound(String normalized) {
		if (normalized.isEmpty()) {
			return "";
		}
		String code = SOUND.doubleMetaphone(normalized.toLowerCase(Locale.ROOT));
		return (code != null) ? code : "";
	}

	/**
	 * One name of the record.
	 *
	 * @param middle the middle name or initial, empty when none
	 * @param parts the family name's parts when hyphenated or double
	 */
	record Name(String first, String middle, String last, Set<String> parts, String firstSound, String lastSound) {

		Set<String> familySounds() {
			Set<String> sounds = new LinkedHashSet<>();
			if (!this.lastSound.isEmpty()) {
				sounds.add(this.lastSound);
			}
			if (this.parts.size() > 1) {
				this.parts.forEach((part) -> sounds.add(sound(part)));
			}
			return sounds;
		}

	}

}
