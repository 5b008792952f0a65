package org.casebridge.simulator.internal.population;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.casebridge.simulator.Agency;

/**
 * Makes the hard cases of a located parent on purpose, so that a sweep over any seed
 * meets them: a child in care whose mother is at risk of family violence waits for
 * placement (see {@link WelfarePlanner}); and in every odd-numbered family with a child
 * waiting for placement (and no hard case of its own), child welfare holds the father
 * under a mistyped SSN (two digits swapped), so his welfare record can no longer be one
 * person with his locate record. Nothing else is drawn differently.
 */
final class LocatedParentCases {

	private static final long SALT = 0x5EA7ED0L;

	private LocatedParentCases() {
	}

	static List<Map<Agency, Identity>> shape(long seed, int familyIndex, WelfareCase welfareCase, List<Person> members,
			List<Map<Agency, Identity>> identities) {
		if (familyIndex % 2 != 1 || welfareCase == null
				|| welfareCase.episodes().stream().noneMatch(Episode::waitingForPlacement)) {
			return identities;
		}
		int first = members.get(0).index();
		for (Episode episode : welfareCase.episodes()) {
			for (Episode.ParentLink link : episode.parents()) {
				int at = link.parent().index() - first;
				Map<Agency, Identity> records = identities.get(at);
				Identity welfare = records.get(Agency.WELFARE);
				Identity locate = records.get(Agency.LOCATE);
				if ("MO".equals(link.relationship()) || welfare == null || locate == null || welfare.ssn() == null
						|| !Objects.equals(welfare.ssn(), locate.ssn())) {
					continue;
				}
				Identity changed = welfare.withSsn(
						SsnTypos.swapDigits(welfare.ssn(), new SplittableRandom(Ids.mix(seed ^ SALT, familyIndex))));
				List<Map<Agency, Identity>> shaped = new ArrayList<>(identities);
				Map<Agency, Identity> copy = new EnumMap<>(Agency.class);
				copy.putAll(records);
				copy.put(Agency.WELFARE, changed);
				shaped.set(at, copy);
				return shaped;
			}
		}
		return identities;
	}

}
