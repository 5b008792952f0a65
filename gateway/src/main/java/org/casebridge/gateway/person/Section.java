package org.casebridge.gateway.person;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceState;
import org.casebridge.gateway.search.SourceStatusView;

/**
 * How one agency's section of a person view came to be: shown from the agency's answer,
 * or missing because the agency did not answer, was not permitted, holds only a possible
 * match, or was not asked. A missing section is never an empty one.
 *
 * @param state a {@link SourceState} name, or {@value #NOT_REQUESTED}
 * @param reason why, for a missing section; never personal data
 */
public record Section(Source source, String state, String reason) {

	/** The caller did not ask for this agency ({@code sources}). */
	public static final String NOT_REQUESTED = "NOT_REQUESTED";

	public static Section of(SourceStatusView status) {
		return new Section(status.source(), status.state().name(), status.reason());
	}

	public static Section notRequested(Source source) {
		return new Section(source, NOT_REQUESTED, "not asked for in this request");
	}

	/** Whether the agency answered: its records are shown (an empty list means none). */
	boolean answered() {
		return SourceState.OK.name().equals(this.state) || SourceState.NOT_FOUND.name().equals(this.state);
	}

}
