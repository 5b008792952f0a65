package org.casebridge.gateway.access;

/**
 * A person's view as assembled from every source, before any field is shown. The view
 * that answers {@code Query.person} implements it; access enforcement decides the rules
 * that depend on the person (the Family Violence Indicator, the limit on locating for
 * child welfare) from its {@link PersonFacts}.
 */
public interface DisclosedPerson {

	/** What the person-level rules are decided from. */
	PersonFacts facts();

}
