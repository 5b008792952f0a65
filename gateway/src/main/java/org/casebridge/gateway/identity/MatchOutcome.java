package org.casebridge.gateway.identity;

/** What the matcher decides for two records. */
public enum MatchOutcome {

	/** The same person: their records are shown as one candidate. */
	LINK,

	/**
	 * Perhaps the same person: shown side by side with the evidence, never merged, and
	 * protected together (every possible match is one {@link PossibleMatch} accepts).
	 */
	POSSIBLE,

	/** Not the same person as far as the records say. */
	NON_MATCH

}
