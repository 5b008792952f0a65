package org.casebridge.gateway.access;

import java.util.Optional;

/**
 * The groups of fields a grant can show in full, mask, or withhold. Every person field of
 * the schema that is not bare metadata carries one with {@code @fieldGroup(name: "...")};
 * the names are the policy's vocabulary and are documented in
 * {@code docs/security-model.md}.
 */
public enum FieldGroup {

	/** Names, aliases and maiden names, wherever they appear. */
	IDENTITY_NAME("identity.name", "Names, aliases and maiden names, wherever they appear.", Mask.NONE, Kind.PLAIN),

	/** Dates of birth; masked as the year alone. */
	IDENTITY_DOB("identity.dob", "Dates of birth; masked as the year alone.", Mask.YEAR, Kind.PLAIN),

	/** Social Security numbers; masked as the last four digits. */
	IDENTITY_SSN("identity.ssn", "Social Security numbers; masked as the last four digits.", Mask.LAST_FOUR,
			Kind.PLAIN),

	/** Sex and date of death. */
	IDENTITY_DEMOGRAPHICS("identity.demographics", "Sex and date of death.", Mask.NONE, Kind.PLAIN),

	/** Support cases: number, type, status, participants, assignment, referral. */
	SUPPORT_CASE("support.case", "Support cases: number, type, status, participants, assignment, referral.", Mask.NONE,
			Kind.PLAIN),

	/** Support orders. */
	SUPPORT_ORDER("support.order", "Support orders.", Mask.NONE, Kind.PLAIN),

	/** Arrears, payments and disbursements other than federal tax offsets. */
	SUPPORT_FINANCIAL("support.financial", "Arrears, payments and disbursements other than federal tax offsets.",
			Mask.NONE, Kind.PLAIN),

	/** Federal tax information: IRS tax refund offsets [45 CFR 302.35(a)(2)(ii)]. */
	SUPPORT_FTI("support.fti", "Federal tax information: IRS tax refund offsets.", Mask.NONE,
			Kind.FEDERAL_TAX_INFORMATION),

	/** Births, paternity establishment, alleged fathers and genetic tests. */
	PATERNITY("paternity", "Births, paternity establishment, alleged fathers and genetic tests.", Mask.NONE,
			Kind.PLAIN),

	/** Removal episodes: dates, goals, custody, TPR, IV-E, referral decisions. */
	PLACEMENT_EPISODE("placement.episode",
			"Removal episodes: dates, goals, custody, TPR, IV-E eligibility, referral decisions.", Mask.NONE,
			Kind.PLAIN),

	/** Where a child is placed: provider and placement address. */
	PLACEMENT_LOCATION("placement.location", "Where a child is placed: provider and placement address.", Mask.NONE,
			Kind.LOCATION),

	/** Residential, mailing and DMV addresses. */
	LOCATE_ADDRESS("locate.address", "Residential, mailing and DMV addresses.", Mask.NONE, Kind.LOCATE_LOCATION),

	/** Employers (new-hire registry), including the employer named on wage records. */
	LOCATE_EMPLOYER("locate.employer", "Employers from the new-hire registry, and the employer named on wage records.",
			Mask.NONE, Kind.LOCATE_LOCATION),

	/** Quarterly wage amounts. */
	LOCATE_WAGES("locate.wages", "Quarterly wage amounts.", Mask.NONE, Kind.LOCATE_LOCATION),

	/** DMV driver records. */
	LOCATE_DRIVER("locate.driver", "DMV driver records.", Mask.NONE, Kind.LOCATE_LOCATION),

	/** The assigned agency worker's name, office, phone and email. */
	WORKER_CONTACT("worker.contact", "The assigned agency worker's name, office, phone and email.", Mask.NONE,
			Kind.PLAIN);

	private static final FieldGroup[] VALUES = values();

	private final String id;

	private final String description;

	private final Mask mask;

	private final Kind kind;

	FieldGroup(String id, String description, Mask mask, Kind kind) {
		this.id = id;
		this.description = description;
		this.mask = mask;
		this.kind = kind;
	}

	/**
	 * The name used in the schema directive and in policies, e.g. {@code identity.ssn}.
	 */
	public String id() {
		return this.id;
	}

	/** What the group holds, for security officers. */
	public String description() {
		return this.description;
	}

	/** How the group is shown when a grant says MASKED. */
	public Mask mask() {
		return this.mask;
	}

	public boolean maskable() {
		return this.mask != Mask.NONE;
	}

	/**
	 * Whether the group belongs to a record that says where a person can be found:
	 * withheld whole for a person carrying the Family Violence Indicator, and for the
	 * children in their cases. Every locate group is: a wage record names the employer
	 * and its quarter says the job is current, a driver record is the DMV's record of an
	 * address.
	 */
	public boolean location() {
		return this.kind == Kind.LOCATION || this.kind == Kind.LOCATE_LOCATION;
	}

	/** Whether the group is locate data, limited for child welfare to parents. */
	public boolean locate() {
		return this.kind == Kind.LOCATE_LOCATION;
	}

	/** Whether the group is federal tax information, for child-support roles only. */
	public boolean federalTaxInformation() {
		return this.kind == Kind.FEDERAL_TAX_INFORMATION;
	}

	public static Optional<FieldGroup> fromId(String id) {
		for (FieldGroup group : VALUES) {
			if (group.id.equals(id)) {
				return Optional.of(group);
			}
		}
		return Optional.empty();
	}

	/** The masked form of a maskable group. */
	public enum Mask {

		/** No masked form: a grant may only show or withhold the group. */
		NONE,

		/** A date shown as its year alone. */
		YEAR,

		/** An identifier shown as its last four characters ({@code ***-**-6789}). */
		LAST_FOUR

	}

	private enum Kind {

		PLAIN, LOCATION, LOCATE_LOCATION, FEDERAL_TAX_INFORMATION

	}

}
