package org.casebridge.gateway.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.casebridge.connector.Source;

/**
 * What one role would see for one purpose, as a security officer previews it: under the
 * policy in force and, optionally, under an unsaved change; with a person handle, how
 * each field group of that person would be decided for the role. Decisions, not data: the
 * person's values are shown only as the officer's own grant shows them.
 *
 * @param role the previewed role
 * @param purpose the previewed purpose
 * @param handle the person to preview, or null
 * @param forChild the handle of the child the previewed view is for, or null
 * @param grants the role's grants for the purpose, or null when the role may not use it
 * @param draft the unsaved change previewed beside the policy in force, or null
 * @param officer what the security officer's own grant shows of a person
 */
public record PolicyPreview(String role, PurposeOfUse purpose, String handle, String forChild, Grants grants,
		PolicyDraft draft, Grants officer) {

	public boolean permitted() {
		return this.grants != null;
	}

	public List<Source> sources() {
		return sourcesOf(this.grants);
	}

	public List<FieldGroupAccess> fieldGroups() {
		return fieldGroupsOf(this.grants);
	}

	public boolean locateLimitedToParents() {
		return this.grants != null && this.grants.locateLimited();
	}

	/** The draft's grants, or null without a draft the role could use. */
	public Grants draftGrants() {
		return (this.draft != null) ? this.draft.grants() : null;
	}

	/**
	 * The grants the previewed person is fetched under: the sources the role would ask,
	 * under the policy and under the draft, so both can be decided over one answer.
	 */
	public Grants fetchGrants() {
		Grants draftGrants = draftGrants();
		if (draftGrants == null) {
			return this.grants;
		}
		if (this.grants == null) {
			return draftGrants;
		}
		Set<Source> sources = EnumSet.noneOf(Source.class);
		sources.addAll(this.grants.sources());
		sources.addAll(draftGrants.sources());
		return new Grants(this.purpose, sources, this.grants.fields(), this.grants.locateLimited(),
				this.grants.childSupport());
	}

	/**
	 * What the officer is shown of the person: each field group at the narrower of the
	 * role's grant and the officer's own, from the officer's sources only, and never
	 * federal tax information (the officer is not child-support staff).
	 */
	public Grants shown() {
		Grants fetched = fetchGrants();
		java.util.Map<FieldGroup, FieldAccess> fields = new java.util.EnumMap<>(FieldGroup.class);
		for (FieldGroup group : FieldGroup.values()) {
			FieldAccess own = this.officer.access(group);
			FieldAccess role = (fetched != null) ? fetched.access(group) : FieldAccess.WITHHELD;
			if (group.federalTaxInformation() || group.location()) {
				continue;
			}
			fields.put(group, (own.ordinal() >= role.ordinal()) ? own : role);
		}
		Set<Source> sources = EnumSet.noneOf(Source.class);
		if (fetched != null) {
			sources.addAll(fetched.sources());
		}
		return new Grants(this.purpose, sources, fields, true, false);
	}

	static List<Source> sourcesOf(Grants grants) {
		return (grants != null) ? List.copyOf(grants.sources()) : List.of();
	}

	static List<FieldGroupAccess> fieldGroupsOf(Grants grants) {
		List<FieldGroupAccess> all = new ArrayList<>();
		for (FieldGroup group : FieldGroup.values()) {
			all.add(new FieldGroupAccess(group.id(), (grants != null) ? grants.access(group) : FieldAccess.WITHHELD));
		}
		return all;
	}

	/** How one field group is shown. */
	public record FieldGroupAccess(String fieldGroup, FieldAccess access) {
	}

}
