package org.casebridge.gateway.identity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;

/**
 * The deliberately loose rule for an agency record that <em>could</em> be a person: what
 * protections are decided over. Strong links decide what is shown as the person's data;
 * this rule decides what is protected, so where it errs it errs towards protecting (a
 * namesake born the same day is protected too; that costs a caseworker a phone call,
 * while the opposite error can cost a life).
 *
 * <p>
 * A record could be the person when it carries one of the person's SSNs or a near miss of
 * one (one digit different, or two digits swapped: how SSNs are mistyped); or a date of
 * birth of the person's (exactly, or one part of it off, or within an estimate's window
 * where either date is estimated) with a compatible given name (the same, a nickname, an
 * initial, one typo) and any of the person's family names (legal, alias or maiden; one
 * typo or swap allowed); or exactly the person's date of birth with either name
 * compatible.
 */
public final class PossibleMatch {

	/** How far an estimated date of birth may be from the true one. */
	static final int ESTIMATE_WINDOW_DAYS = 45;

	private PossibleMatch() {
	}

	/**
	 * Everything a person is known by across the records linked to them and the handle
	 * they were opened with.
	 *
	 * @param ssns every SSN the person's records carry
	 * @param datesOfBirth every date of birth they carry
	 * @param firstNames normalised given names, aliases included
	 * @param lastNames normalised family names: legal, alias and maiden
	 */
	public record Profile(Set<String> ssns, Set<LocalDate> datesOfBirth, Set<String> firstNames,
			Set<String> lastNames) {

		public Profile {
			ssns = Set.copyOf(ssns);
			datesOfBirth = Set.copyOf(datesOfBirth);
			firstNames = Set.copyOf(firstNames);
			lastNames = Set.copyOf(lastNames);
		}

		/** The profile of the person a handle stands for, with their linked records. */
		public static Profile of(PersonHandle handle, Collection<PersonRecord> records) {
			Set<String> ssns = new LinkedHashSet<>();
			Set<LocalDate> births = new LinkedHashSet<>();
			Set<String> firsts = new LinkedHashSet<>();
			Set<String> lasts = new LinkedHashSet<>();
			if (handle != null) {
				addIfSet(ssns, handle.ssn());
				if (handle.dateOfBirth() != null) {
					births.add(handle.dateOfBirth());
				}
				addIfSet(firsts, Names.normalize(handle.firstName()));
				addIfSet(lasts, Names.normalize(handle.lastName()));
			}
			for (PersonRecord record : records) {
				addIfSet(ssns, record.ssn());
				if (record.dateOfBirth() != null) {
					births.add(record.dateOfBirth());
				}
				for (PersonName name : record.names()) {
					addIfSet(firsts, Names.normalize(name.first()));
					addIfSet(lasts, Names.normalize(name.last()));
				}
			}
			return new Profile(ssns, births, firsts, lasts);
		}

		/** Whether nothing is known to look the person up by. */
		public boolean isEmpty() {
			return this.ssns.isEmpty() && this.datesOfBirth.isEmpty() && this.lastNames.isEmpty();
		}

		private static void addIfSet(Set<String> values, String value) {
			if (value != null && !value.isEmpty()) {
				values.add(value);
			}
		}

	}

	/** Whether the record could be the profile's person. */
	public static boolean couldBe(Profile person, PersonRecord record) {
		if (record.ssn() != null && person.ssns().stream().anyMatch((ssn) -> nearSsn(ssn, record.ssn()))) {
			return true;
		}
		if (record.dateOfBirth() == null) {
			return false;
		}
		boolean exactBirth = person.datesOfBirth().contains(record.dateOfBirth());
		boolean nearBirth = exactBirth || person.datesOfBirth()
			.stream()
			.anyMatch((date) -> nearDate(date, record.dateOfBirth(), record.dateOfBirthEstimated()));
		if (!nearBirth) {
			return false;
		}
		boolean first = false;
		boolean last = false;
		for (PersonName name : record.names()) {
			first |= person.firstNames()
				.stream()
				.anyMatch((known) -> givenNamesAgree(known, Names.normalize(name.first())));
			last |= person.lastNames()
				.stream()
				.anyMatch((known) -> familyNamesAgree(known, Names.normalize(name.last())));
		}
		return (first && last) || (exactBirth && (first || last));
	}

	/**
	 * The searches that find, at one agency, every record the rule can accept as far as
	 * the agency's search allows: each SSN, each date of birth, and each family name with
	 * the initials of the given names (for estimated dates of birth), in that order and
	 * at most {@code max} of them.
	 * @return the searches, or null if the person needs more than {@code max}: the caller
	 * must then treat the rule's facts as unknown
	 */
	public static List<PersonSearch> searches(Profile person, int max) {
		Set<PersonSearch> searches = new LinkedHashSet<>();
		person.ssns().forEach((ssn) -> searches.add(new PersonSearch(null, null, null, ssn, null)));
		person.datesOfBirth().forEach((date) -> searches.add(new PersonSearch(null, null, date, null, null)));
		Set<String> initials = new LinkedHashSet<>();
		person.firstNames().forEach((first) -> initials.add(first.substring(0, 1)));
		for (String last : person.lastNames()) {
			for (String initial : initials) {
				searches.add(new PersonSearch(initial, last, null, null, null));
			}
		}
		return (searches.size() > max) ? null : new ArrayList<>(searches);
	}

	/** The same SSN, one digit different, or two digits swapped. */
	static boolean nearSsn(String a, String b) {
		if (a.length() != b.length()) {
			return false;
		}
		int first = -1;
		int second = -1;
		int differences = 0;
		for (int i = 0; i < a.length(); i++) {
			if (a.charAt(i) != b.charAt(i)) {
				differences++;
				if (differences == 1) {
					first = i;
				}
				else if (differences == 2) {
					second = i;
				}
				else {
					return false;
				}
			}
		}
		return differences <= 1 || (a.charAt(first) == b.charAt(second) && a.charAt(second) == b.charAt(first));
	}

	/**
	 * The same date; one of year, month or day off (a typo); day and month swapped; or,
	 * if either is estimated, within the estimate's window or in the same year.
	 */
	static boolean nearDate(LocalDate known, LocalDate recorded, boolean estimated) {
		if (known.equals(recorded)) {
			return true;
		}
		boolean sameYear = known.getYear() == recorded.getYear();
		boolean sameMonth = known.getMonthValue() == recorded.getMonthValue();
		boolean sameDay = known.getDayOfMonth() == recorded.getDayOfMonth();
		if ((sameYear && (sameMonth || sameDay))
				|| (sameMonth && sameDay && oneDigitApart(known.getYear(), recorded.getYear()))) {
			return true;
		}
		if (known.getYear() == recorded.getYear() && known.getMonthValue() == recorded.getDayOfMonth()
				&& known.getDayOfMonth() == recorded.getMonthValue()) {
			return true;
		}
		return estimated && (known.getYear() == recorded.getYear()
				|| Math.abs(ChronoUnit.DAYS.between(known, recorded)) <= ESTIMATE_WINDOW_DAYS);
	}

	private static boolean oneDigitApart(int a, int b) {
		String x = Integer.toString(a);
		String y = Integer.toString(b);
		if (x.length() != y.length()) {
			return false;
		}
		int differences = 0;
		for (int i = 0; i < x.length(); i++) {
			differences += (x.charAt(i) != y.charAt(i)) ? 1 : 0;
		}
		return differences == 1;
	}

	/** The same, a nickname, an initial or a prefix of the other, or one typo apart. */
	static boolean givenNamesAgree(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		return Nicknames.equivalent(a, b) || a.startsWith(b) || b.startsWith(a) || oneEditApart(a, b);
	}

	/** The same, or (for names of four letters or more) one typo or swap apart. */
	static boolean familyNamesAgree(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		return a.equals(b) || oneEditApart(a, b);
	}

	/**
	 * One letter changed, added or removed, or two neighbours swapped; only for names of
	 * four letters or more, where that still says something.
	 */
	static boolean oneEditApart(String a, String b) {
		if (Math.min(a.length(), b.length()) < 4 || Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (a.length() == b.length()) {
			if (a.substring(i + 1).equals(b.substring(i + 1))) {
				return true;
			}
			return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
					&& a.substring(i + 2).equals(b.substring(i + 2));
		}
		String longer = (a.length() > b.length()) ? a : b;
		String shorter = (longer == a) ? b : a;
		return longer.substring(i + 1).equals(shorter.substring(i));
	}

}
