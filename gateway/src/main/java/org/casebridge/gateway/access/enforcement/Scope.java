package org.casebridge.gateway.access.enforcement;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PreviewedPerson;

/**
 * Everything a field under one disclosure (one {@code person} or {@code searchPeople}
 * answer) is decided by: the grants for the stated purpose and the person's protections,
 * worked out once into one decision per field group. Carried to every field beneath as
 * graphql-java's local context, so aliases, fragments and nested lists all meet the same
 * decisions.
 */
final class Scope {

	private static final FieldGroup[] GROUPS = FieldGroup.values();

	private final Grants grants;

	private final Protection protection;

	private final DisclosureLedger ledger;

	private final Restriction[] restrictions;

	private final FieldGroup masking;

	Scope(Grants grants, Protection protection, DisclosureLedger ledger) {
		this(grants, protection, ledger, decide(grants, protection), null);
	}

	private Scope(Grants grants, Protection protection, DisclosureLedger ledger, Restriction[] restrictions,
			FieldGroup masking) {
		this.grants = grants;
		this.protection = protection;
		this.ledger = ledger;
		this.restrictions = restrictions;
		this.masking = masking;
	}

	/** The scope a field runs in, or null outside any disclosure. */
	static Scope of(DataFetchingEnvironment env) {
		return (env.getLocalContext() instanceof Scope scope) ? scope : null;
	}

	/** Why the group is withheld, or null if it may be shown. */
	Restriction restriction(FieldGroup group) {
		return this.restrictions[group.ordinal()];
	}

	FieldAccess access(FieldGroup group) {
		return this.grants.access(group);
	}

	Protection protection() {
		return this.protection;
	}

	DisclosureLedger ledger() {
		return this.ledger;
	}

	/** The masked group whose values beneath are shown masked, or null. */
	FieldGroup masking() {
		return this.masking;
	}

	Scope masking(FieldGroup group) {
		return new Scope(this.grants, this.protection, this.ledger, this.restrictions, group);
	}

	/**
	 * Every field group as a caller with these grants would get it for the person so
	 * protected: shown (in full or masked) or withheld, and why.
	 */
	static List<PreviewedPerson.Decision> decisions(Grants grants, Protection protection) {
		List<PreviewedPerson.Decision> decisions = new ArrayList<>();
		for (FieldGroup group : GROUPS) {
			Restriction restriction = decide(group, grants, protection);
			decisions.add((restriction != null)
					? new PreviewedPerson.Decision(group.id(), FieldAccess.WITHHELD, restriction.reason())
					: new PreviewedPerson.Decision(group.id(), grants.access(group), null));
		}
		return decisions;
	}

	private static Restriction[] decide(Grants grants, Protection protection) {
		Restriction[] decisions = new Restriction[GROUPS.length];
		for (FieldGroup group : GROUPS) {
			decisions[group.ordinal()] = decide(group, grants, protection);
		}
		return decisions;
	}

	static Restriction decide(FieldGroup group, Grants grants, Protection protection) {
		if (group.federalTaxInformation() && !grants.childSupport()) {
			return Restriction.FTI;
		}
		if (grants.access(group) == FieldAccess.WITHHELD) {
			return Restriction.NOT_GRANTED;
		}
		if (group.locate() && grants.locateLimited() && protection.parenthood() != Parenthood.PARENT_OF_CHILD) {
			return (protection.parenthood() == Parenthood.NO_CHILD_STATED) ? Restriction.LOCATE_CHILD_REQUIRED
					: Restriction.LOCATE_LIMIT;
		}
		if (protection.withholds(group)) {
			return Restriction.PROTECTED;
		}
		return null;
	}

}
