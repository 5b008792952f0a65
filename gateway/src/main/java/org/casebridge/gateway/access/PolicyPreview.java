package org.casebridge.gateway.access;

import java.util.ArrayList;
import java.util.List;

import org.casebridge.connector.Source;

/**
 * What one role would see for one purpose, as a security officer previews it; with a
 * person handle, {@code person} shows that person exactly as the role would see them.
 *
 * @param role the previewed role
 * @param purpose the previewed purpose
 * @param handle the person to preview, or null
 * @param forChild the handle of the child the previewed view is for, or null
 * @param grants the role's grants for the purpose, or null when the role may not use it
 */
public record PolicyPreview(String role, PurposeOfUse purpose, String handle, String forChild, Grants grants) {

	public boolean permitted() {
		return this.grants != null;
	}

	public List<Source> sources() {
		return (this.grants != null) ? List.copyOf(this.grants.sources()) : List.of();
	}

	public List<FieldGroupAccess> fieldGroups() {
		List<FieldGroupAccess> all = new ArrayList<>();
		for (FieldGroup group : FieldGroup.values()) {
			all.add(new FieldGroupAccess(group.id(),
					(this.grants != null) ? this.grants.access(group) : FieldAccess.WITHHELD));
		}
		return all;
	}

	public boolean locateLimitedToParents() {
		return this.grants != null && this.grants.locateLimited();
	}

	/** How one field group is shown. */
	public record FieldGroupAccess(String fieldGroup, FieldAccess access) {
	}

}
