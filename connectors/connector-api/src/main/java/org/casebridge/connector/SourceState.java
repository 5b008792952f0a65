package org.casebridge.connector;

/**
 * What happened when the gateway asked one source. A state other than {@link #OK} and
 * {@link #NOT_FOUND} means the source's data is missing from the answer, never that the
 * person has no record there.
 */
public enum SourceState {

	/** The source answered with data. */
	OK,

	/** The source answered and holds no matching record. */
	NOT_FOUND,

	/**
	 * The source holds a record that may be this person (a near miss: a mistyped SSN, a
	 * maiden name, an estimated date of birth), but none that matches on strong evidence;
	 * its data is not shown as the person's. The record can be opened as its own
	 * candidate.
	 */
	POSSIBLE_MATCH,

	/**
	 * The source could not be reached, refused the connection, or answered 5xx or 429.
	 */
	UNAVAILABLE,

	/** The source did not answer within its time limit or the request deadline. */
	TIMEOUT,

	/** The source failed often enough recently that the gateway did not call it. */
	CIRCUIT_OPEN,

	/** The caller's access policy does not allow this source; it was not called. */
	DENIED,

	/** The source answered with something the connector could not understand. */
	ERROR

}
