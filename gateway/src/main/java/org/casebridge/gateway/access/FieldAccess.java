package org.casebridge.gateway.access;

/** How a grant shows a field group. */
public enum FieldAccess {

	/** Shown as the agency holds it. */
	FULL,

	/** Shown in the group's masked form (SSN as the last four, DOB as the year). */
	MASKED,

	/** Not shown: the field is null and the response says it is restricted. */
	WITHHELD

}
