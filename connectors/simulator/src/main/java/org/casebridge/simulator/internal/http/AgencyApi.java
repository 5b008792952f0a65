package org.casebridge.simulator.internal.http;

/** One agency's protocol: its answers, and its errors in its own dialect. */
public interface AgencyApi {

	/** Answers a request as the agency would. */
	Response handle(Request request);

	/**
	 * An error in the agency's own format ({@code code} such as RATE_LIMITED or
	 * INTERNAL_ERROR), used for injected faults.
	 */
	Response failure(int status, String code);

	/**
	 * Whether the request is business (counted and held by the gate), not e.g. a token
	 * request.
	 */
	default boolean isBusiness(Request request) {
		return true;
	}

}
