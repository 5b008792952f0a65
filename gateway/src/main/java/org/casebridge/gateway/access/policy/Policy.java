package org.casebridge.gateway.access.policy;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.casebridge.connector.Source;
import org.casebridge.gateway.access.FieldAccess;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.Program;
import org.casebridge.gateway.access.PurposeOfUse;

/**
 * One version of the policy, compiled for answering: the grants for a set of roles and a
 * purpose are worked out once per version and then looked up.
 */
public final class Policy {

	private final PolicyVersion version;

	private final PolicyDocument document;

	private final Map<String, RoleRules> roles = new HashMap<>();

	private final Set<PurposeOfUse> enabled = EnumSet.noneOf(PurposeOfUse.class);

	private final Map<String, Optional<Grants>> cache = new ConcurrentHashMap<>();

	/** Compiles a document that {@link PolicyRules} found valid. */
	Policy(PolicyVersion version, PolicyDocument document) {
		this.version = version;
		this.document = document;
		for (PolicyDocument.PurposeEntry purpose : document.purposes()) {
			if (purpose.enabled()) {
				this.enabled.add(PurposeOfUse.valueOf(purpose.purpose()));
			}
		}
		for (PolicyDocument.RoleEntry role : document.roles()) {
			this.roles.put(role.role(), RoleRules.of(role));
		}
	}

	/** The shipped defaults as a policy, as installed on a new database. */
	public static Policy shippedDefaults() {
		return new Policy(new PolicyVersion(1, java.time.Instant.EPOCH, "system", "Shipped defaults", List.of(), null),
				PolicyCodec.defaults());
	}

	public PolicyVersion version() {
		return this.version;
	}

	public PolicyDocument document() {
		return this.document;
	}

	/**
	 * What a caller holding {@code roleIds} may see for {@code purpose}; empty when none
	 * of the roles may use the purpose. Several roles add up, each within the fixed
	 * rules.
	 */
	public Optional<Grants> grantsFor(Collection<String> roleIds, PurposeOfUse purpose) {
		String key = String.join(",", roleIds) + "|" + purpose.name();
		return this.cache.computeIfAbsent(key, (k) -> compute(roleIds, purpose));
	}

	private Optional<Grants> compute(Collection<String> roleIds, PurposeOfUse purpose) {
		if (!this.enabled.contains(purpose)) {
			return Optional.empty();
		}
		boolean permitted = false;
		Set<Source> sources = EnumSet.noneOf(Source.class);
		Map<FieldGroup, FieldAccess> fields = new EnumMap<>(FieldGroup.class);
		boolean locateOutsideWelfare = false;
		boolean locateByWelfare = false;
		boolean childSupport = false;
		for (String roleId : roleIds) {
			RoleRules role = this.roles.get(roleId);
			if (role == null || !role.purposes().contains(purpose)) {
				continue;
			}
			permitted = true;
			childSupport |= role.program() == Program.CHILD_SUPPORT;
			GrantRules grant = role.grantFor(purpose);
			if (grant == null) {
				continue;
			}
			sources.addAll(grant.sources());
			for (Map.Entry<FieldGroup, FieldAccess> entry : grant.fields().entrySet()) {
				FieldGroup group = entry.getKey();
				if (group.federalTaxInformation() && role.program() != Program.CHILD_SUPPORT) {
					continue;
				}
				if (group.locate() && entry.getValue() != FieldAccess.WITHHELD) {
					if (role.program() == Program.CHILD_WELFARE) {
						locateByWelfare = true;
					}
					else {
						locateOutsideWelfare = true;
					}
				}
				fields.merge(group, entry.getValue(), Policy::widest);
			}
		}
		if (!permitted) {
			return Optional.empty();
		}
		boolean locateLimited = purpose.childWelfare() || (locateByWelfare && !locateOutsideWelfare);
		return Optional.of(new Grants(purpose, sources, fields, locateLimited, childSupport));
	}

	private static FieldAccess widest(FieldAccess a, FieldAccess b) {
		return (a.ordinal() <= b.ordinal()) ? a : b;
	}

	/** The compiled rules of one role. */
	record RoleRules(String id, Program program, Set<PurposeOfUse> purposes, GrantRules defaultGrant,
			Map<PurposeOfUse, GrantRules> byPurpose) {

		static RoleRules of(PolicyDocument.RoleEntry entry) {
			Set<PurposeOfUse> purposes = EnumSet.noneOf(PurposeOfUse.class);
			entry.purposes().forEach((p) -> purposes.add(PurposeOfUse.valueOf(p)));
			GrantRules defaultGrant = null;
			Map<PurposeOfUse, GrantRules> byPurpose = new EnumMap<>(PurposeOfUse.class);
			for (PolicyDocument.GrantEntry grant : entry.grants()) {
				if (grant.purpose() == null) {
					defaultGrant = GrantRules.of(grant);
				}
				else {
					byPurpose.put(PurposeOfUse.valueOf(grant.purpose()), GrantRules.of(grant));
				}
			}
			return new RoleRules(entry.role(), Program.ofRole(entry.role()).orElseThrow(), purposes, defaultGrant,
					byPurpose);
		}

		GrantRules grantFor(PurposeOfUse purpose) {
			GrantRules specific = this.byPurpose.get(purpose);
			return (specific != null) ? specific : this.defaultGrant;
		}

	}

	/** The compiled form of one grant. */
	record GrantRules(Set<Source> sources, Map<FieldGroup, FieldAccess> fields) {

		static GrantRules of(PolicyDocument.GrantEntry entry) {
			Set<Source> sources = EnumSet.noneOf(Source.class);
			entry.sources().forEach((s) -> sources.add(Source.valueOf(s)));
			Map<FieldGroup, FieldAccess> fields = new EnumMap<>(FieldGroup.class);
			entry.fieldGroups()
				.forEach((group, access) -> fields.put(FieldGroup.fromId(group).orElseThrow(),
						FieldAccess.valueOf(access)));
			return new GrantRules(sources, fields);
		}

	}

}
