package org.casebridge.simulator.internal.http;

/** A request an agency rejects with 400, in its own error format. */
public final class BadRequest extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public BadRequest(String detail) {
		super(detail);
	}

}
