package org.casebridge.gateway.access.enforcement;

import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

import org.casebridge.gateway.access.FieldGroup;
import org.casebridge.gateway.graphql.ErrorCode;

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
	 * Locating for child welfare is limited to a parent or putative father of a child.
	 */
	LOCATE_LIMIT("Locating for child welfare is limited to a parent or putative father of a child."),

	/** Restricted for the person's protection; the cause is not disclosed. */
	PROTECTED("Disclosure restricted.");

	private final String message;

	Restriction(String message) {
		this.message = message;
	}

	/** The field's answer: null, with an error at its path that says it is restricted. */
	DataFetcherResult<Object> result(DataFetchingEnvironment env, FieldGroup group) {
		return DataFetcherResult.newResult()
			.data(null)
			.error(GraphqlErrorBuilder.newError(env)
				.errorType(ErrorCode.RESTRICTED)
				.message(this.message)
				.extensions(Map.of("code", ErrorCode.RESTRICTED.name(), "reason", name(), "fieldGroup", group.id()))
				.build())
			.build();
	}

}
