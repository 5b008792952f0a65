package org.casebridge.gateway.access.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed between two versions, one line per change, for the history a security
 * officer reads ("welfare-worker/LOCATE_PARENT_FOR_PLACEMENT: locate.address WITHHELD →
 * FULL").
 */
final class PolicyDiff {

	private PolicyDiff() {
	}

	static List<String> between(PolicyDocument before, PolicyDocument after) {
		List<String> lines = new ArrayList<>();
		Map<String, PolicyDocument.RoleEntry> oldRoles = new LinkedHashMap<>();
		before.roles().forEach((r) -> oldRoles.put(r.role(), r));
		for (PolicyDocument.RoleEntry role : after.roles()) {
			PolicyDocument.RoleEntry old = oldRoles.remove(role.role());
			if (old == null) {
				lines.add(role.role() + ": role added");
				old = new PolicyDocument.RoleEntry(role.role(), "", List.of(), List.of());
			}
			role(old, role, lines);
		}
		oldRoles.keySet().forEach((r) -> lines.add(r + ": role removed"));
		Map<String, PolicyDocument.PurposeEntry> oldPurposes = new LinkedHashMap<>();
		before.purposes().forEach((p) -> oldPurposes.put(p.purpose(), p));
		for (PolicyDocument.PurposeEntry purpose : after.purposes()) {
			PolicyDocument.PurposeEntry old = oldPurposes.remove(purpose.purpose());
			if (old == null || old.enabled() != purpose.enabled()) {
				lines.add("purpose " + purpose.purpose() + ": " + (purpose.enabled() ? "enabled" : "disabled"));
			}
			if (old != null && !old.description().equals(purpose.description())) {
				lines.add("purpose " + purpose.purpose() + ": description changed");
			}
		}
		oldPurposes.keySet().forEach((p) -> lines.add("purpose " + p + ": removed"));
		return lines;
	}

	private static void role(PolicyDocument.RoleEntry before, PolicyDocument.RoleEntry after, List<String> lines) {
		String name = after.role();
		if (!before.description().equals(after.description())) {
			lines.add(name + ": description changed");
		}
		added(name + ": purposes", before.purposes(), after.purposes(), lines);
		Map<String, PolicyDocument.GrantEntry> oldGrants = new LinkedHashMap<>();
		before.grants().forEach((g) -> oldGrants.put(String.valueOf(g.purpose()), g));
		for (PolicyDocument.GrantEntry grant : after.grants()) {
			String label = name + "/" + ((grant.purpose() != null) ? grant.purpose() : "default");
			PolicyDocument.GrantEntry old = oldGrants.remove(String.valueOf(grant.purpose()));
			if (old == null) {
				lines.add(label + ": grant added");
				old = new PolicyDocument.GrantEntry(grant.purpose(), List.of(), Map.of());
			}
			added(label + ": sources", old.sources(), grant.sources(), lines);
			TreeSet<String> groups = new TreeSet<>(old.fieldGroups().keySet());
			groups.addAll(grant.fieldGroups().keySet());
			for (String group : groups) {
				String was = old.fieldGroups().getOrDefault(group, "WITHHELD");
				String now = grant.fieldGroups().getOrDefault(group, "WITHHELD");
				if (!Objects.equals(was, now)) {
					lines.add(label + ": " + group + " " + was + " → " + now);
				}
			}
		}
		oldGrants.values()
			.forEach((g) -> lines
				.add(name + "/" + ((g.purpose() != null) ? g.purpose() : "default") + ": grant removed"));
	}

	private static void added(String label, List<String> before, List<String> after, List<String> lines) {
		List<String> plus = after.stream().filter((s) -> !before.contains(s)).toList();
		List<String> minus = before.stream().filter((s) -> !after.contains(s)).toList();
		if (!plus.isEmpty()) {
			lines.add(label + " + " + String.join(", ", plus));
		}
		if (!minus.isEmpty()) {
			lines.add(label + " − " + String.join(", ", minus));
		}
	}

}
