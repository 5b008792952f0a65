package org.casebridge.simulator.internal.population;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.HardCase;
import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.TaxOffset;
import org.casebridge.simulator.internal.population.SupportCase.Disbursement;
import org.casebridge.simulator.internal.population.SupportCase.Payment;

/**
 * What the agencies hold about one person, as ground truth for tests that sweep the
 * population: the flags, every recorded identity, every SSN and the tax offsets.
 */
final class PersonRecords {

	private PersonRecords() {
	}

	static Set<Agency> flaggedAt(Match match) {
		Set<Agency> flagged = EnumSet.noneOf(Agency.class);
		identities(match).forEach((agency, identity) -> {
			if (identity.familyViolence()) {
				flagged.add(agency);
			}
		});
		return flagged;
	}

	/** In the order of {@link Agency}. */
	static List<RecordedIdentity> recorded(Match match) {
		List<RecordedIdentity> recorded = new ArrayList<>();
		identities(match).forEach((agency,
				identity) -> recorded.add(new RecordedIdentity(agency, identity.recordId(), identity.first(),
						identity.middle(), identity.last(),
						identity.aliases()
							.stream()
							.map((alias) -> new RecordedIdentity.Alias(alias.first(), alias.last(),
									RecordedIdentity.Alias.Kind.valueOf(alias.kind().name())))
							.toList(),
						identity.dateOfBirth(), identity.dateOfBirthEstimated(), identity.ssn(),
						identity.caseNumbers())));
		return recorded;
	}

	/** The true SSN, and the former one of a person issued a new number. */
	static Set<String> ssns(Match match, Ids ids) {
		Set<String> ssns = new LinkedHashSet<>();
		ssns.add(match.person().truth().ssn());
		if (match.family().hardCase() == HardCase.SSN_CHANGED && match.person().equals(match.family().custodian())) {
			ssns.add(ids.formerSsn(match.person().index()));
		}
		return ssns;
	}

	/** Newest case first as the agency lists them, each case's offsets newest first. */
	static List<TaxOffset> taxOffsets(Match match) {
		List<TaxOffset> offsets = new ArrayList<>();
		for (SupportCase supportCase : match.family().supportCasesOf(match.person())) {
			for (Payment payment : supportCase.payments()) {
				if ("IRS".equals(payment.source())) {
					String disbursement = supportCase.disbursements()
						.stream()
						.filter((candidate) -> candidate.receiptId().equals(payment.id()))
						.map(Disbursement::id)
						.findFirst()
						.orElse(null);
					offsets.add(new TaxOffset(supportCase.caseId(), payment.id(), payment.date(), payment.amount(),
							disbursement));
				}
			}
		}
		return offsets;
	}

	static Map<Agency, Identity> identities(Match match) {
		Family family = match.family();
		return family.identities().get(match.person().index() - family.firstPerson());
	}

}
