package org.casebridge.simulator;

/**
 * The situations of {@link LocatedParent}: a person the locate agency reports (a new
 * hire, a DMV address) in a family with a child in foster care, and whether the child's
 * welfare worker is to hear of it as a possible placement resource.
 */
public enum LocatedParentKind {

	/**
	 * A parent of a child waiting for placement, nobody in the family flagged, linked
	 * plainly: the worker is alerted.
	 */
	PARENT_OF_WAITING_CHILD(true),

	/** A parent of a waiting child who carries the family violence indicator. */
	FLAGGED_PARENT(false),

	/**
	 * A grandparent, aunt or uncle of a waiting child: a parent of someone, not of the
	 * child, so the locate limit refuses the welfare worker their location.
	 */
	RELATIVE(false),

	/**
	 * A parent of a waiting child whose welfare record does not link to the locate record
	 * (no SSN, or a different one): at best a possible match.
	 */
	UNLINKED_PARENT(false),

	/** A parent whose own children are not in foster care at all. */
	PARENT_OF_OTHER_CHILD(false),

	/** A parent of a child in care who is already placed with a family. */
	CHILD_PLACED(false);

	private final boolean alerted;

	LocatedParentKind(boolean alerted) {
		this.alerted = alerted;
	}

	/** Whether the child's welfare worker is to be alerted. */
	public boolean alerted() {
		return this.alerted;
	}

}
