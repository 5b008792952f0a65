package org.casebridge.simulator.internal.population;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.HardCase;

/**
 * Rewrites a hard-case family's records the way its {@link HardCase} says: the flagged
 * mother's, and for {@link HardCase#CHILDREN_WITH_ESTIMATED_BIRTH_DATES} her children's
 * in care. Only what the kind names is changed; the rest keeps the ordinary dirty data.
 */
final class HardCaseRecords {

	private final Ids ids;

	private final SplittableRandom random;

	HardCaseRecords(Ids ids, SplittableRandom random) {
		this.ids = ids;
		this.random = random;
	}

	/** {@code identities} in member order, changed in place. */
	void rewrite(HardCase hardCase, Cast cast, WelfareCase welfareCase, List<Map<Agency, Identity>> identities) {
		Person mother = cast.custodian();
		Map<Agency, Identity> records = identities.get(mother.index() - cast.mother().index());
		String ssn = mother.truth().ssn();
		switch (hardCase) {
			case FLAGGED_ONLY_AT_WELFARE_WITHOUT_SSN -> change(records, Agency.WELFARE, (id) -> id.withSsn(null));
			case MAIDEN_NAME_AT_WELFARE -> change(records, Agency.WELFARE,
					(id) -> id.withNames(id.first(), upper(mother.truth().maidenName()), List.of()).withSsn(null));
			case MISSING_AND_MISTYPED_SSN -> {
				change(records, Agency.SUPPORT, (id) -> id.withSsn(null));
				change(records, Agency.WELFARE, (id) -> id.withSsn(SsnTypos.swapDigits(ssn, this.random)));
				change(records, Agency.VITALS, (id) -> id.withSsn(ssn));
				change(records, Agency.LOCATE, (id) -> id.withSsn(ssn));
			}
			case SSN_CHANGED -> {
				String former = this.ids.formerSsn(mother.index());
				change(records, Agency.SUPPORT, (id) -> id.withSsn(former));
				change(records, Agency.WELFARE, (id) -> id.withSsn(former));
				change(records, Agency.VITALS, (id) -> id.withSsn(ssn));
				change(records, Agency.LOCATE, (id) -> id.withSsn(ssn));
			}
			case NICKNAME_AT_WELFARE -> change(records, Agency.WELFARE,
					(id) -> id.withNames(upper(Names.nickname(mother.truth().first())), id.last(), List.of())
						.withSsn(null));
			case CHILDREN_WITH_ESTIMATED_BIRTH_DATES -> {
				for (Episode episode : welfareCase.episodes()) {
					Person child = episode.child();
					change(identities.get(child.index() - cast.mother().index()), Agency.WELFARE,
							(id) -> id.dateOfBirthEstimated() ? id : id.withEstimatedDateOfBirth(
									AgencyViews.estimate(this.random, child.truth().dateOfBirth())));
				}
			}
		}
	}

	private static void change(Map<Agency, Identity> records, Agency agency, UnaryOperator<Identity> change) {
		Identity identity = records.get(agency);
		if (identity != null) {
			records.put(agency, change.apply(identity));
		}
	}

	private static String upper(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

}
