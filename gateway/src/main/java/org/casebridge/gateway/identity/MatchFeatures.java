package org.casebridge.gateway.identity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.casebridge.connector.model.Sex;

/** How two prepared records compare, field by field. */
final class MatchFeatures {

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	private MatchFeatures() {
	}

	static List<MatchFeature> between(ComparableRecord a, ComparableRecord b) {
		return List.of(name(a, b), middle(a, b), birth(a, b), ssn(a.record().ssn(), b.record().ssn()),
				sex(a.record().sex(), b.record().sex()));
	}

	/** The best agreement over every pair of names (legal, alias, maiden). */
	static MatchFeature name(ComparableRecord a, ComparableRecord b) {
		MatchFeature best = MatchFeature.NAME_DIFFERENT;
		for (ComparableRecord.Name x : a.names()) {
			for (ComparableRecord.Name y : b.names()) {
				MatchFeature level = name(x, y);
				if (level.ordinal() < best.ordinal()) {
					best = level;
				}
			}
		}
		return best;
	}

	private static MatchFeature name(ComparableRecord.Name x, ComparableRecord.Name y) {
		boolean lastSame = !x.last().isEmpty() && x.last().equals(y.last());
		boolean firstSame = !x.first().isEmpty() && x.first().equals(y.first());
		if (lastSame && firstSame) {
			return MatchFeature.NAME_SAME;
		}
		boolean nickname = !x.first().isEmpty() && !y.first().isEmpty() && Nicknames.equivalent(x.first(), y.first());
		if (lastSame && nickname) {
			return MatchFeature.NAME_NICKNAME;
		}
		boolean lastAlike = lastSame || familyAlike(x, y);
		boolean firstAlike = firstSame || nickname || givenAlike(x, y);
		if (lastAlike && firstAlike) {
			return MatchFeature.NAME_SIMILAR;
		}
		if (lastAlike) {
			return MatchFeature.NAME_FAMILY_ONLY;
		}
		return (firstSame || nickname) ? MatchFeature.NAME_GIVEN_ONLY : MatchFeature.NAME_DIFFERENT;
	}

	private static boolean familyAlike(ComparableRecord.Name x, ComparableRecord.Name y) {
		if (x.last().isEmpty() || y.last().isEmpty()) {
			return false;
		}
		if (x.parts().size() > 1 || y.parts().size() > 1) {
			for (String part : x.parts()) {
				if (y.parts().contains(part)) {
					return true;
				}
			}
		}
		return PossibleMatch.oneEditApart(x.last(), y.last())
				|| (x.lastSound().equals(y.lastSound()) && SIMILARITY.apply(x.last(), y.last()) >= 0.85)
				|| SIMILARITY.apply(x.last(), y.last()) >= 0.94;
	}

	private static boolean givenAlike(ComparableRecord.Name x, ComparableRecord.Name y) {
		if (x.first().isEmpty() || y.first().isEmpty()) {
			return false;
		}
		if ((x.first().length() == 1 || y.first().length() == 1) && x.first().charAt(0) == y.first().charAt(0)) {
			return true;
		}
		return PossibleMatch.oneEditApart(x.first(), y.first())
				|| (x.firstSound().equals(y.firstSound()) && SIMILARITY.apply(x.first(), y.first()) >= 0.85)
				|| SIMILARITY.apply(x.first(), y.first()) >= 0.94;
	}

	/** A middle name agrees with the same name or its initial. */
	static MatchFeature middle(ComparableRecord a, ComparableRecord b) {
		boolean bothKnown = false;
		for (ComparableRecord.Name x : a.names()) {
			for (ComparableRecord.Name y : b.names()) {
				if (x.middle().isEmpty() || y.middle().isEmpty()) {
					continue;
				}
				bothKnown = true;
				String shorter = (x.middle().length() <= y.middle().length()) ? x.middle() : y.middle();
				String longer = (shorter == x.middle()) ? y.middle() : x.middle();
				if (shorter.length() == 1 ? longer.charAt(0) == shorter.charAt(0) : longer.equals(shorter)) {
					return MatchFeature.MIDDLE_SAME;
				}
			}
		}
		return bothKnown ? MatchFeature.MIDDLE_DIFFERENT : MatchFeature.MIDDLE_MISSING;
	}

	static MatchFeature birth(ComparableRecord a, ComparableRecord b) {
		LocalDate x = a.record().dateOfBirth();
		LocalDate y = b.record().dateOfBirth();
		if (x == null || y == null) {
			return MatchFeature.BIRTH_MISSING;
		}
		if (x.equals(y)) {
			return MatchFeature.BIRTH_SAME;
		}
		if (x.getYear() == y.getYear() && x.getMonthValue() == y.getDayOfMonth()
				&& x.getDayOfMonth() == y.getMonthValue()) {
			return MatchFeature.BIRTH_DAY_MONTH_SWAPPED;
		}
		boolean estimated = a.record().dateOfBirthEstimated() || b.record().dateOfBirthEstimated();
		if (estimated && Math.abs(ChronoUnit.DAYS.between(x, y)) <= PossibleMatch.ESTIMATE_WINDOW_DAYS) {
			return MatchFeature.BIRTH_WITHIN_ESTIMATE;
		}
		boolean sameYear = x.getYear() == y.getYear();
		boolean sameMonth = x.getMonthValue() == y.getMonthValue();
		boolean sameDay = x.getDayOfMonth() == y.getDayOfMonth();
		if ((sameYear && (sameMonth || sameDay)) || (sameMonth && sameDay && Math.abs(x.getYear() - y.getYear()) <= 10
				&& PossibleMatch.nearDate(x, y, false))) {
			return MatchFeature.BIRTH_ONE_PART;
		}
		return MatchFeature.BIRTH_DIFFERENT;
	}

	static MatchFeature ssn(String a, String b) {
		if (a == null || b == null) {
			return MatchFeature.SSN_MISSING;
		}
		if (a.equals(b)) {
			return MatchFeature.SSN_SAME;
		}
		if (a.length() == b.length()) {
			int differences = 0;
			for (int i = 0; i < a.length(); i++) {
				differences += (a.charAt(i) != b.charAt(i)) ? 1 : 0;
			}
			if (differences == 1) {
				return MatchFeature.SSN_ONE_DIGIT;
			}
			if (differences == 2 && PossibleMatch.nearSsn(a, b)) {
				return MatchFeature.SSN_SWAPPED_DIGITS;
			}
		}
		return MatchFeature.SSN_DIFFERENT;
	}

	static MatchFeature sex(Sex a, Sex b) {
		if (a == null || b == null || a == Sex.UNKNOWN || b == Sex.UNKNOWN) {
			return MatchFeature.SEX_MISSING;
		}
		return (a == b) ? MatchFeature.SEX_SAME : MatchFeature.SEX_DIFFERENT;
	}

}
