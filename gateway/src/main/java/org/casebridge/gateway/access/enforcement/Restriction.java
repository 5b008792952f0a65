package org.casebridge.gateway.access.enforcement;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.graphql.ErrorCode;
import org.casebridge.gateway.graphql.Extensions;

/**
 * Why a field was withheld, as the caller is told in {@code extensions.reason}. Where the
 * cause itself is sensitive (the Family Violence Indicator) the caller is told only
 * {@link #PROTECTED}, with a message that names no cause.
 */
enum Restriction {

	/** The caller's grant for the stated purpose does not include the field group. */
	NOT_GRANTED("Not disclosed to your role for this purpose."),

	/** Federal tax information, which goes to child-support roles only. */
	FTI("Federal tax information is disclosed to child-support staff only."),

	/**
	 * Locating for child welfare is limited to a parent or putative father of the child
	 * the view is for, and this person is not recorded as one.
	 */
	LOCATE_LIMIT("Locating for child welfare is limited to a parent or putative father of the child this view is for."),

	/**
	 * Locating for child welfare needs the child it is for; reported with the reason
	 * {@code LOCATE_LIMIT} and a message saying how to ask.
	 */
	LOCATE_CHILD_REQUIRED("Locating for child welfare is limited to the parents of a child: open this person with "
			+ "forChild set to the handle of the child the search is for.", "LOCATE_LIMIT"),

	/** Restricted for the person's protection; the cause is not disclosed. */
	PROTECTED("Disclosure restricted.");

	private final String message;

	private final String reason;

	Restriction(String message) {
		this.message = message;
		this.reason = name();
	}

	Restriction(String message, String reason) {
		this.message = message;
		this.reason = reason;
	}

	/** The code the caller is told in {@code extensions.reason}. */
	String reason() {
		return this.reason;
	}

	/** The field's answer: null, with an error at its path that says it is restricted. */
	DataFetcherResult<Object> result(DataFetchingEnvironment env, FieldGroup group) {
		return DataFetcherResult.newResult()
			.data(null)
			.error(ErrorCode.RESTRICTED.errorAt(env, this.message,
					Extensions.of("reason", this.reason, "fieldGroup", group.id())))
			.build();
	}

}
