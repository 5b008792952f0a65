package org.casebridge.gateway.access;

import java.util.List;

import org.casebridge.connector.Source;

/**
 * An unsaved change to the policy, checked as it would be when saved, and what the
 * previewed role would be granted under it. Nothing about it is stored.
 *
 * @param changes what would change, one line per change, as the history would say it
 * @param problems why the change could not be saved; empty when it could
 * @param grants the role's grants for the purpose under the change, or null when the
 * change could not be saved or the role could not use the purpose under it
 */
public record PolicyDraft(List<String> changes, List<Problem> problems, Grants grants) {

	public PolicyDraft {
		changes = List.copyOf(changes);
		problems = List.copyOf(problems);
	}

	public boolean permitted() {
		return this.grants != null;
	}

	public List<Source> sources() {
		return PolicyPreview.sourcesOf(this.grants);
	}

	public List<PolicyPreview.FieldGroupAccess> fieldGroups() {
		return PolicyPreview.fieldGroupsOf(this.grants);
	}

	public boolean locateLimitedToParents() {
		return this.grants != null && this.grants.locateLimited();
	}

	/** One problem, as a rejected change reports it. */
	public record Problem(String path, String code, String message) {
	}

}
