package org.casebridge.gateway.jointcase;

import org.casebridge.connector.Source;

/**
 * The joint-case flags, each with what it means to a caseworker and the agency expected
 * to act. The reasons name no person data: the evidence carries that, field by field,
 * under the reader's grants.
 */
enum FlagKind {

	/** Support still paid to the parent a child was removed from. */
	PAYEE_MAY_NEED_TO_CHANGE(Source.SUPPORT,
			"The child is in foster care, but support on a case for the child is still disbursed to the parent "
					+ "the child was removed from. The payee may need to change; the disbursements since the removal "
					+ "may be misdirected and may have to be repaid [42 USC 657(e); 45 CFR 302.38]."),

	/** A child in care without a legal father. */
	PATERNITY_NOT_ESTABLISHED(Source.SUPPORT,
			"The child is in foster care and has no legal father on record. Child support can establish paternity, "
					+ "and a father or his relatives may be a placement resource."),

	/** A voluntary acknowledgment that can still be rescinded. */
	VAP_RESCINDABLE(Source.SUPPORT,
			"Paternity rests on a voluntary acknowledgment that can still be rescinded, until the earlier of 60 "
					+ "days after signing or the first proceeding about the child [42 USC 666(a)(5)(D)]."),

	/** A referral to child support not decided, or due for review. */
	REFERRAL_REVIEW_DUE(Source.WELFARE,
			"The removal has no decision on referral to child support, or its six-monthly review is past due "
					+ "[SSA 471(a)(17); Child Welfare Policy Manual 8.4C]."),

	/** A referral against the parent the child is to be reunified with. */
	REUNIFICATION_CAUTION(Source.WELFARE,
			"The permanency goal is reunification, and the custodial parent is referred to child support. Support "
					+ "owed by the parent being reunified may harm the reunification: the referral needs a recorded "
					+ "reason that it is appropriate [SSA 471(a)(17); Child Welfare Policy Manual 8.4C]."),

	/**
	 * A parent of a child waiting for placement was located; to the child's welfare
	 * workers only, never to watchers of the parent.
	 */
	PARENT_LOCATED(Source.WELFARE,
			"A parent of a child waiting for placement was located (a new hire or a DMV address). The parent may be "
					+ "a placement resource, or lead to relatives who are. Open the parent for this child to see "
					+ "where, as the locate rules allow [42 USC 653(a)(2)(A)(iv), (c)(4)].",
			false),

	/** A child left care while the foster-care support case is still open. */
	SUPPORT_CASE_MAY_CLOSE(Source.SUPPORT,
			"The child left foster care, but the foster-care support case is still open. It may need to close, or "
					+ "its payments be redirected to whoever now has custody [45 CFR 302.38]."),

	/** A participant recorded as deceased. */
	PARTICIPANT_DECEASED(Source.SUPPORT,
			"A participant of the case is recorded as deceased. The case, its order and any placement planning "
					+ "may need to change.");

	private final Source actingAgency;

	private final String reason;

	private final boolean toWatchers;

	FlagKind(Source actingAgency, String reason) {
		this(actingAgency, reason, true);
	}

	FlagKind(Source actingAgency, String reason, boolean toWatchers) {
		this.actingAgency = actingAgency;
		this.reason = reason;
		this.toWatchers = toWatchers;
	}

	/**
	 * Whether users watching the person receive the flag too, beside the workers of the
	 * cases it concerns.
	 */
	boolean toWatchers() {
		return this.toWatchers;
	}

	Source actingAgency() {
		return this.actingAgency;
	}

	String reason() {
		return this.reason;
	}

}
