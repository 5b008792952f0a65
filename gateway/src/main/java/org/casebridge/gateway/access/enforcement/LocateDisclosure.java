package org.casebridge.gateway.access.enforcement;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.casebridge.gateway.access.DisclosedPerson;
import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.access.Grants;

import org.springframework.stereotype.Component;

/**
 * Whether a person view would show a caller one of the person's locate groups, decided
 * exactly as the enforcement point decides that group's fields: the grant, the limit on
 * locating for child welfare (a parent or putative father of the child the view is for),
 * and the Family Violence Indicator over every record that is or could be the person. For
 * features that act on a location without showing it, such as the joint-case flag that a
 * parent of a waiting child was located: the flag is raised only where the person view
 * would show the worker what it points to.
 */
@Component
public class LocateDisclosure {

	private final PersonProtections protections;

	LocateDisclosure(PersonProtections protections) {
		this.protections = protections;
	}

	/**
	 * @param person the person as opened, their facts naming the child the view would be
	 * for, from every agency the rules need
	 * @param grants the caller's grants
	 * @param group a locate group
	 * @return whether the view would show the group (in full or masked)
	 */
	public CompletableFuture<Boolean> shown(DisclosedPerson person, Grants grants, FieldGroup group) {
		if (!group.locate()) {
			throw new IllegalArgumentException(group.id() + " is not a locate group");
		}
		return this.protections.protectionOf(person, grants, new SelectedGroups.Selected(Set.of(group), false))
			.thenApply((protection) -> Scope.decide(group, grants, protection) == null);
	}

}
