package org.casebridge.gateway.jointcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.casebridge.connector.Source;

/**
 * One joint-case flag on a person, as decided from the federated view.
 *
 * @param kind what the flag is
 * @param key names the situation (flag, person's record, case), so that it alerts each
 * recipient once however often it is announced
 * @param actingAgency the agency expected to act
 * @param subject the person's agency records
 * @param cases the cases the flag concerns, each with its assigned worker's agency id
 * @param evidence what the flag was decided from, each part shown under its field group
 */
record Flag(FlagKind kind, String key, Source actingAgency, Map<Source, String> subject, List<CaseRef> cases,
		Evidence evidence) {

	Flag {
		subject = Map.copyOf(subject);
		cases = List.copyOf(cases);
	}

	/** What the flag means, with the rule's citation. */
	String reason() {
		return this.kind.reason();
	}

	/**
	 * A case a flag concerns.
	 *
	 * @param notified whether its worker is alerted (the others see the flag on the
	 * person's page)
	 */
	record CaseRef(Source source, String caseNumber, String workerId, boolean notified) {
	}

	/** The evidence; each part null when the flag does not rest on it. */
	record Evidence(Removal removal, List<Disbursed> disbursements, BigDecimal disbursedTotal, Paternity paternity,
			Referral referral, Discharge discharge, Death death, Located located) {

		Evidence {
			disbursements = (disbursements != null) ? List.copyOf(disbursements) : null;
		}

		/** Evidence that names no located parent. */
		static Evidence of(Removal removal, List<Disbursed> disbursements, BigDecimal disbursedTotal,
				Paternity paternity, Referral referral, Discharge discharge, Death death) {
			return new Evidence(removal, disbursements, disbursedTotal, paternity, referral, discharge, death, null);
		}

	}

	/** The removal episode: child welfare's record. */
	record Removal(Source source, String episodeId, LocalDate removalDate, LocalDate placedOn) {
	}

	/** A disbursement to the former custodial party: child support's record. */
	record Disbursed(Source source, String caseNumber, String disbursementId, LocalDate issuedOn, BigDecimal amount,
			String payeeType) {
	}

	/** How paternity stands: vital records' birth record. */
	record Paternity(Source source, String certificateNumber, String method, LocalDate vapSignedOn,
			LocalDate rescindableUntil, boolean windowOpenToday) {
	}

	/** The referral decision: child welfare's record. */
	record Referral(Source source, String episodeId, String referTo, LocalDate decidedOn, LocalDate reviewBy,
			String permanencyGoal) {
	}

	/** The discharge and the support case still open. */
	record Discharge(Source source, String episodeId, LocalDate dischargedOn, String supportCaseNumber,
			String supportCaseStatus) {
	}

	/**
	 * A parent located while their child waits for placement: the locate agency's record,
	 * what it is and when it was reported, and the child; never where the parent is.
	 *
	 * @param kind NEW_HIRE (the new-hire registry) or DMV_ADDRESS (the DMV)
	 * @param childRecordId the child, in child welfare's ids
	 */
	record Located(Source source, String recordId, String reportedBy, String kind, LocalDate reportedOn,
			String episodeId, String childRecordId) {
	}

	/** The death as recorded. */
	record Death(Source source, String recordId, LocalDate diedOn) {
	}

}
