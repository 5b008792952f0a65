package org.casebridge.gateway.graphql;

/**
 * A failure whose code and message are safe to show to the client as they are. Features
 * throw subclasses of it instead of teaching {@link ErrorMapping} about each of their
 * exceptions.
 */
public class CodedException extends RuntimeException {

	private final ErrorCode code;

	public CodedException(ErrorCode code, String message) {
		super(message);
		this.code = code;
	}

	public ErrorCode code() {
		return this.code;
	}

	/**
	 * Extra entries for {@code extensions}, beside {@code code}; safe to show as they
	 * are.
	 */
	public java.util.Map<String, Object> extensions() {
		return java.util.Map.of();
	}

}
