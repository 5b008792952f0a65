package org.casebridge.simulator;

import java.time.LocalDate;

import org.casebridge.simulator.internal.changes.Announcer;
import org.casebridge.simulator.internal.changes.ChangeLog.Tampering;

/**
 * What the simulated agencies announce: child support's change feed
 * ({@code GET /api/v2/changes}), child welfare's ({@code GET /ccwis/changes}) and the
 * locate agency's ({@code GET /locate/v1/changes}: new hires and DMV addresses), each in
 * the agency's own format and signed with the agency's event key
 * ({@link SimulatorSettings#eventKey}). Changes are announced on purpose, one at a time,
 * or by the simulator's clock, which replays the population's history at a chosen pace.
 * The agencies' records are the population as generated; a change announces what they
 * hold, it does not alter them.
 */
public final class AgencyChanges {

	private final Announcer announcer;

	AgencyChanges(Announcer announcer) {
		this.announcer = announcer;
	}

	/**
	 * Announces a change.
	 * @param agency {@link Agency#SUPPORT}, {@link Agency#WELFARE} or
	 * {@link Agency#LOCATE}
	 * @param code the agency's code: support ORD_EST, ORD_MOD, PAYEE, CASE_OPN, CASE_CLS,
	 * DEATH; welfare REMOVAL, PLCMT_BEGIN, PLCMT_END, DISCHARGE, TPR, REFERRAL,
	 * CASE_OPEN, CASE_CLOSE; locate NEW_HIRE, DMV_ADDRESS
	 * @param agencyPersonId the agency's id of the person it is about (for locate, the
	 * subject key)
	 * @param caseNumber the agency case, or null; for locate, the record reported
	 * @param effective the day it took effect (for a new hire, the hire date; for a DMV
	 * address, the day it was reported), or null
	 * @return the change's event id
	 */
	public String announce(Agency agency, String code, String agencyPersonId, String caseNumber, LocalDate effective) {
		return this.announcer.announce(agency, code, agencyPersonId, caseNumber, effective, Tampering.NONE);
	}

	/** Announces a change with a signature that is not the agency's. */
	public String announceUnsigned(Agency agency, String code, String agencyPersonId, String caseNumber,
			LocalDate effective) {
		return this.announcer.announce(agency, code, agencyPersonId, caseNumber, effective, Tampering.UNSIGNED);
	}

	/** Announces a change, signed, whose effective date is impossible. */
	public String announceUnreadable(Agency agency, String code, String agencyPersonId, String caseNumber) {
		return this.announcer.announce(agency, code, agencyPersonId, caseNumber, null, Tampering.UNREADABLE);
	}

	/** How many changes the agency has announced. */
	public int count(Agency agency) {
		return this.announcer.log(agency).size();
	}

	/**
	 * Announces at once, in order, every change of {@code agency}'s part of the
	 * population's history (what the clock would replay for it, once).
	 * @return how many changes were announced
	 */
	public int announceHistory(Agency agency) {
		return this.announcer.announceHistory(agency, 0, Integer.MAX_VALUE);
	}

	/**
	 * Announces the changes numbered {@code from} (inclusive) to {@code to} (exclusive)
	 * of {@code agency}'s part of the population's history, for a reader that takes it in
	 * slices.
	 * @return how many were announced: fewer at the end of the history, none past it
	 */
	public int announceHistory(Agency agency, int from, int to) {
		return this.announcer.announceHistory(agency, from, to);
	}

	/**
	 * Replays the population's history at {@code perSecond} changes a second (0 pauses,
	 * the default).
	 */
	public void pace(double perSecond) {
		this.announcer.pace(perSecond);
	}

}
