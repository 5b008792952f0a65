package org.casebridge.gateway.access.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The policy as security officers edit it and as each version is stored: plain names, so
 * an edit naming an unknown role, purpose, source or field group can be reported rather
 * than failing to parse. {@link PolicyRules} checks it; {@link Policy} is its compiled
 * form.
 *
 * @param roles the roles, each with the purposes it may use and its grants
 * @param purposes the purposes of use with their descriptions
 */
public record PolicyDocument(List<RoleEntry> roles, List<PurposeEntry> purposes) {

	public PolicyDocument {
		roles = (roles != null) ? roles.stream().sorted(Comparator.comparing(RoleEntry::role, NULLS)).toList()
				: List.of();
		purposes = (purposes != null)
				? purposes.stream().sorted(Comparator.comparing(PurposeEntry::purpose, NULLS)).toList() : List.of();
	}

	private static final Comparator<String> NULLS = Comparator.nullsFirst(Comparator.naturalOrder());

	/** This document with one role replaced (or added) by {@code edit}. */
	PolicyDocument withRole(String role, UnaryOperator<RoleEntry> edit) {
		List<RoleEntry> changed = new ArrayList<>();
		boolean found = false;
		for (RoleEntry entry : this.roles) {
			if (role.equals(entry.role())) {
				changed.add(edit.apply(entry));
				found = true;
			}
			else {
				changed.add(entry);
			}
		}
		if (!found) {
			changed.add(edit.apply(new RoleEntry(role, "", List.of(), List.of())));
		}
		return new PolicyDocument(changed, this.purposes);
	}

	/** This document with one purpose replaced (or added) by {@code edit}. */
	PolicyDocument withPurpose(String purpose, UnaryOperator<PurposeEntry> edit) {
		List<PurposeEntry> changed = new ArrayList<>();
		boolean found = false;
		for (PurposeEntry entry : this.purposes) {
			if (purpose.equals(entry.purpose())) {
				changed.add(edit.apply(entry));
				found = true;
			}
			else {
				changed.add(entry);
			}
		}
		if (!found) {
			changed.add(edit.apply(new PurposeEntry(purpose, "", true)));
		}
		return new PolicyDocument(this.roles, changed);
	}

	/**
	 * A role.
	 *
	 * @param role the role's name in tokens, e.g. {@code support-worker}
	 * @param description what the role is for
	 * @param purposes the purposes of use the role may state
	 * @param grants the role's grants: at most one without a purpose (its default) and at
	 * most one per purpose (which replaces the default for that purpose)
	 */
	public record RoleEntry(String role, String description, List<String> purposes, List<GrantEntry> grants) {

		public RoleEntry {
			description = (description != null) ? description : "";
			purposes = (purposes != null) ? purposes.stream().sorted(NULLS).distinct().toList() : List.of();
			grants = (grants != null)
					? grants.stream().sorted(Comparator.comparing(GrantEntry::purpose, NULLS)).toList() : List.of();
		}

	}

	/**
	 * A grant.
	 *
	 * @param purpose the purpose it applies to, or null for the role's default
	 * @param sources the sources that may be asked ({@code SUPPORT}, {@code WELFARE},
	 * {@code VITALS}, {@code LOCATE})
	 * @param fieldGroups access per field group ({@code FULL}, {@code MASKED};
	 * {@code WITHHELD} may be written or left out)
	 */
	public record GrantEntry(String purpose, List<String> sources, Map<String, String> fieldGroups) {

		public GrantEntry {
			sources = (sources != null) ? sources.stream().sorted(NULLS).distinct().toList() : List.of();
			fieldGroups = (fieldGroups != null) ? java.util.Collections.unmodifiableMap(new TreeMap<>(fieldGroups))
					: Map.of();
		}

	}

	/**
	 * A purpose of use.
	 *
	 * @param purpose the schema's {@code PurposeOfUse} name
	 * @param description what it is for, shown to caseworkers
	 * @param enabled a disabled purpose may be stated by no role
	 */
	public record PurposeEntry(String purpose, String description, boolean enabled) {

		public PurposeEntry {
			description = (description != null) ? description : "";
		}

	}

}
