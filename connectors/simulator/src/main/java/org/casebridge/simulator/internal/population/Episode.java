package org.casebridge.simulator.internal.population;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A child's removal into foster care and what followed. {@code permanencyGoal}: REU, ADO,
 * GDN, REL, APP; {@code custody}: ST, PA, RE. {@code ive}, {@code referral} and the
 * discharge may be null.
 */
public record Episode(String id, Person child, LocalDate removed, String removalReason, List<Placement> placements,
		String permanencyGoal, String custody, List<Termination> terminations, IveEligibility ive,
		ReferralDecision referral, LocalDate discharged, String dischargeReason, Worker worker,
		List<ParentLink> parents, Instant updated) {

	public Episode {
		placements = List.copyOf(placements);
		terminations = List.copyOf(terminations);
		parents = List.copyOf(parents);
	}

	/**
	 * Whether the child waits for placement: in care, and not placed with a family today
	 * (no placement current, or the current one a group home or an institution, settings
	 * a child is placed in until a family is found).
	 */
	public boolean waitingForPlacement() {
		if (this.discharged != null) {
			return false;
		}
		LocalDate today = SimulationDate.TODAY;
		return this.placements.stream()
			.filter((p) -> !p.begin().isAfter(today) && (p.end() == null || p.end().isAfter(today)))
			.allMatch((p) -> "GRP".equals(p.setting()) || "INS".equals(p.setting()));
	}

	public boolean involves(Person person) {
		return person.equals(this.child) || this.parents.stream().anyMatch((link) -> link.parent().equals(person));
	}

	/** {@code setting}: FFR, FFN, GRP, INS, PAD; {@code end} null while it lasts. */
	public record Placement(String id, String setting, LocalDate begin, LocalDate end, String provider,
			Address address) {

	}

	/** Termination of one parent's rights. */
	public record Termination(Person parent, LocalDate date, boolean voluntary) {

	}

	public record IveEligibility(boolean eligible, LocalDate determined, BigDecimal maintenance) {

	}

	/**
	 * {@code code}: NCP, CP, BOTH or NONE, with the reason and the next review (within 6
	 * months).
	 */
	public record ReferralDecision(String code, String reason, LocalDate decided, LocalDate review) {

	}

	/** {@code relationship}: MO, FA, PF. */
	public record ParentLink(Person parent, String relationship) {

	}

}
