package org.casebridge.gateway.audit;

/**
 * The audit trail could not commit a record in time. Whoever asked to record must not
 * disclose the data the record was about; the gateway answers with a clear error instead.
 * The message is a short reason, never personal data.
 */
public class AuditUnavailableException extends RuntimeException {

	public AuditUnavailableException(String message) {
		super(message);
	}

	public AuditUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
