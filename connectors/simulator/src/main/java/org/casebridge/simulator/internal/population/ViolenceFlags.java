package org.casebridge.simulator.internal.population;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.HardCase;

/**
 * Where the family violence indicator of a person at risk ends up recorded: child support
 * ({@code fvi}) and child welfare ({@code dv_flag}) are the agencies that carry one, and
 * each records it on its own. When both know her, both flag her four times in five,
 * otherwise one of them does (one time in ten each); when only one knows her, it does. A
 * hard case flags her where its kind says, whatever the draw.
 */
final class ViolenceFlags {

	private static final List<Agency> CARRIERS = List.of(Agency.SUPPORT, Agency.WELFARE);

	private final SplittableRandom random;

	ViolenceFlags(SplittableRandom random) {
		this.random = random;
	}

	/** {@code identities} in member order, changed in place. */
	void record(Cast cast, HardCase hardCase, List<Map<Agency, Identity>> identities) {
		List<Person> members = cast.members();
		for (int i = 0; i < members.size(); i++) {
			Person person = members.get(i);
			if (!person.truth().familyViolenceIndicator()) {
				continue;
			}
			Map<Agency, Identity> byAgency = identities.get(i);
			Set<Agency> flagged = (hardCase != null && person.equals(cast.custodian())) ? where(hardCase)
					: drawn(byAgency);
			for (Agency agency : CARRIERS) {
				Identity identity = byAgency.get(agency);
				if (identity != null) {
					byAgency.put(agency, identity.withFamilyViolence(flagged.contains(agency)));
				}
			}
		}
	}

	private Set<Agency> drawn(Map<Agency, Identity> byAgency) {
		boolean support = byAgency.containsKey(Agency.SUPPORT);
		boolean welfare = byAgency.containsKey(Agency.WELFARE);
		if (support && welfare) {
			return either(Draw.weighted(this.random, 80, 10, 10));
		}
		return support ? EnumSet.of(Agency.SUPPORT)
				: welfare ? EnumSet.of(Agency.WELFARE) : EnumSet.noneOf(Agency.class);
	}

	private Set<Agency> where(HardCase hardCase) {
		return switch (hardCase) {
			case FLAGGED_ONLY_AT_WELFARE_WITHOUT_SSN, MAIDEN_NAME_AT_WELFARE, NICKNAME_AT_WELFARE ->
				EnumSet.of(Agency.WELFARE);
			case MISSING_AND_MISTYPED_SSN -> either(Draw.weighted(this.random, 50, 25, 25));
			case SSN_CHANGED, CHILDREN_WITH_ESTIMATED_BIRTH_DATES -> EnumSet.of(Agency.SUPPORT, Agency.WELFARE);
		};
	}

	/** 0 both, 1 child support only, 2 child welfare only. */
	private static Set<Agency> either(int draw) {
		return switch (draw) {
			case 0 -> EnumSet.of(Agency.SUPPORT, Agency.WELFARE);
			case 1 -> EnumSet.of(Agency.SUPPORT);
			default -> EnumSet.of(Agency.WELFARE);
		};
	}

}
