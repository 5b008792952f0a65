package org.casebridge.connector.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A child's removal into foster care and what followed.
 *
 * @param childAgencyPersonId the child in the welfare agency's ids
 * @param permanencyGoal e.g. REUNIFICATION, ADOPTION, GUARDIANSHIP, RELATIVE_PLACEMENT,
 * APPLA
 * @param legalCustody e.g. STATE_AGENCY, PARENT, RELATIVE
 */
public record RemovalEpisode(Provenance provenance, String episodeId, String childAgencyPersonId, String childName,
		LocalDate removalDate, String removalReason, List<Placement> placements, String permanencyGoal,
		String legalCustody, List<ParentalRightsTermination> terminations, IveEligibility iveEligibility,
		ReferralDecision referralDecision, LocalDate dischargeDate, String dischargeReason, CaseWorker worker,
		List<ParentLink> parents) {

	public RemovalEpisode {
		placements = List.copyOf(placements);
		terminations = List.copyOf(terminations);
		parents = List.copyOf(parents);
	}

	/**
	 * {@code setting} e.g. FOSTER_FAMILY_RELATIVE, FOSTER_FAMILY_NONRELATIVE, GROUP_HOME,
	 * INSTITUTION, PRE_ADOPTIVE.
	 */
	public record Placement(String placementId, String setting, LocalDate startDate, LocalDate endDate, Address address,
			String providerName) {
	}

	/** Termination of one parent's rights. */
	public record ParentalRightsTermination(String parentAgencyPersonId, String parentName, LocalDate terminatedOn,
			boolean voluntary) {
	}

	/** Title IV-E foster-care maintenance eligibility. */
	public record IveEligibility(boolean eligible, LocalDate determinedOn, BigDecimal monthlyMaintenance) {
	}

	/**
	 * Whether the case was referred to child support, and for whom: {@code referTo} is
	 * NONCUSTODIAL_PARENT, CUSTODIAL_PARENT, BOTH or NEITHER, with the recorded reason
	 * and the next review date (at most six months later).
	 */
	public record ReferralDecision(String referTo, String reason, LocalDate decidedOn, LocalDate reviewBy) {
	}

	/**
	 * A parent of the child as the welfare agency records them; {@code relationship}
	 * MOTHER, FATHER, PUTATIVE_FATHER.
	 */
	public record ParentLink(String agencyPersonId, String name, String relationship) {
	}

}
