package org.casebridge.gateway.access;

import java.util.List;

/**
 * A person as a security officer previews them for a role: the decision for every field
 * group, under the policy in force and under a draft, and the person as the officer's own
 * grant shows them.
 *
 * @param decisions how each field group would be shown to the role
 * @param draftDecisions the same under the draft, or null without one
 * @param view the person, decided field by field under the officer's own grant
 */
public record PreviewedPerson(List<Decision> decisions, List<Decision> draftDecisions, DisclosedPerson view) {

	/**
	 * How one field group would be shown for one person.
	 *
	 * @param fieldGroup the group's name
	 * @param access full, masked or withheld
	 * @param reason why it is withheld (as {@code extensions.reason} would say), or null
	 */
	public record Decision(String fieldGroup, FieldAccess access, String reason) {
	}

}
