package org.casebridge.gateway.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.connector.model.Provenance;
import org.casebridge.connector.model.Sex;

/**
 * How an agency record answers what a caseworker typed, with the matcher's comparisons: a
 * nickname, a typo or a name that sounds the same still finds the record, as does a date
 * of birth with day and month swapped, one part mistyped or within an estimate's window,
 * or an SSN one digit or one swap away.
 *
 * @param shown whether every criterion stated agrees well enough to offer the record
 * @param score the sum of the stated fields' weights
 * @param evidence each stated field's comparison with its weight
 */
public record SearchMatch(boolean shown, double score, List<PairMatch.Evidence> evidence) {

	public SearchMatch {
		evidence = List.copyOf(evidence);
	}

	/** Compares a record with the criteria (the case number is not compared here). */
	public static SearchMatch of(MatchWeights weights, PersonSearch criteria, ComparableRecord record) {
		ComparableRecord typed = ComparableRecord.of(asRecord(criteria));
		List<PairMatch.Evidence> evidence = new ArrayList<>();
		boolean shown = true;
		MatchFeature birth = MatchFeatures.birth(typed, record);
		if (criteria.firstName() != null || criteria.lastName() != null) {
			MatchFeature name = MatchFeatures.name(typed, record);
			boolean maidenOrMarried = name == MatchFeature.NAME_GIVEN_ONLY && birth == MatchFeature.BIRTH_SAME;
			boolean onlyFamilyAsked = criteria.firstName() == null && name == MatchFeature.NAME_FAMILY_ONLY;
			shown = name == MatchFeature.NAME_SAME || name == MatchFeature.NAME_NICKNAME
					|| name == MatchFeature.NAME_SIMILAR || maidenOrMarried || onlyFamilyAsked;
			evidence.add(new PairMatch.Evidence(name, weights.weight(name)));
		}
		if (criteria.dateOfBirth() != null) {
			shown &= birth != MatchFeature.BIRTH_DIFFERENT && birth != MatchFeature.BIRTH_MISSING;
			evidence.add(new PairMatch.Evidence(birth, weights.weight(birth)));
		}
		if (criteria.ssn() != null) {
			MatchFeature ssn = MatchFeatures.ssn(criteria.ssn(), record.record().ssn());
			shown &= ssn == MatchFeature.SSN_SAME || ssn == MatchFeature.SSN_ONE_DIGIT
					|| ssn == MatchFeature.SSN_SWAPPED_DIGITS;
			evidence.add(new PairMatch.Evidence(ssn, weights.weight(ssn)));
		}
		double score = evidence.stream().mapToDouble(PairMatch.Evidence::weight).sum();
		return new SearchMatch(shown, score, evidence);
	}

	/**
	 * What to ask each agency so that every record {@link #of} would show comes back, as
	 * far as an agency that matches exactly can be asked: the SSN; the date of birth and
	 * its day-month swap; the family name with the initial of the given name and of each
	 * of its nicknames; the case number. Each query asks for one thing only: the gateway
	 * filters.
	 */
	public static List<PersonSearch> widened(PersonSearch criteria) {
		Set<PersonSearch> queries = new LinkedHashSet<>();
		if (criteria.ssn() != null) {
			queries.add(new PersonSearch(null, null, null, criteria.ssn(), null));
		}
		LocalDate born = criteria.dateOfBirth();
		if (born != null) {
			queries.add(new PersonSearch(null, null, born, null, null));
			if (born.getDayOfMonth() <= 12
					&& born.getMonthValue() <= YearMonth.of(born.getYear(), born.getDayOfMonth()).lengthOfMonth()) {
				queries.add(new PersonSearch(null, null,
						LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()), null, null));
			}
		}
		if (criteria.lastName() != null) {
			String first = Names.normalize(criteria.firstName());
			if (first.isEmpty()) {
				queries.add(new PersonSearch(null, criteria.lastName(), null, null, null));
			}
			else {
				Set<String> initials = new LinkedHashSet<>();
				initials.add(first.substring(0, 1));
				Nicknames.of(first).forEach((name) -> initials.add(name.substring(0, 1)));
				initials.forEach(
						(initial) -> queries.add(new PersonSearch(initial, criteria.lastName(), null, null, null)));
			}
		}
		if (criteria.caseNumber() != null) {
			queries.add(new PersonSearch(null, null, null, null, criteria.caseNumber()));
		}
		return List.copyOf(queries);
	}

	private static PersonRecord asRecord(PersonSearch criteria) {
		List<PersonName> names = (criteria.firstName() == null && criteria.lastName() == null) ? List.of()
				: List.of(new PersonName(criteria.firstName(), null, criteria.lastName(), PersonName.Kind.LEGAL));
		return new PersonRecord(new Provenance(Source.SUPPORT, "criteria", null, Instant.EPOCH), "criteria", names,
				criteria.dateOfBirth(), false, criteria.ssn(), Sex.UNKNOWN, null, false, List.of());
	}

}
