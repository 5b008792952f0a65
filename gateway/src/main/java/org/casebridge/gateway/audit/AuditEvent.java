package org.casebridge.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.casebridge.gateway.disclosure.Disclosed;

/**
 * One audited operation: who, when, from where, what was asked, what was {@link Disclosed
 * disclosed} (the purpose, criteria, people and agency records, field groups disclosed or
 * withheld, sources and their outcomes), and how it ended.
 * <p>
 * Nothing in an event may be more sensitive than it needs to be: search criteria hold
 * keyed hashes from {@link AuditCriteria}, never raw SSNs, names or dates of birth,
 * person handles are {@link #fingerprintHandle fingerprints}, the people are keyed hashes
 * of their identity keys ({@link AuditCriteria#hashPersonKey}, what "every access to this
 * person" is matched on), and {@code detail} is a short code. The constructor refuses
 * anything that looks like a raw SSN, so a coding mistake fails loudly instead of leaking
 * into a seven-year record.
 *
 * @param type what happened
 * @param occurredAt when it happened (UTC); {@code null} means now
 * @param caller the authenticated (or, for a failed login, the claimed) user or client,
 * its roles and its client id; {@code null} means none is known
 * @param clientAddress the caller's network address
 * @param operationName the GraphQL operation name
 * @param documentHash SHA-256 of the GraphQL document, see {@link #hashDocument(String)}
 * @param disclosed what was disclosed; {@code null} means {@link Disclosed#NONE nothing}
 * @param outcome the overall outcome
 * @param detail a short code explaining the outcome, never personal data
 */
public record AuditEvent(AuditEventType type, Instant occurredAt, AuditCaller caller, String clientAddress,
		String operationName, String documentHash, Disclosed disclosed, AuditOutcome outcome, String detail) {

	/**
	 * A whole value shaped like an SSN; fragments of timestamps or ids must not match.
	 */
	private static final Pattern RAW_SSN = Pattern.compile("\\s*\\d{3}[- ]?\\d{2}[- ]?\\d{4}\\s*");

	private static final int MAX_TEXT = 256;

	private static final AuditCaller NOBODY = new AuditCaller(null, List.of(), null);

	public AuditEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(outcome, "outcome");
		occurredAt = (occurredAt != null) ? occurredAt : Instant.now();
		caller = (caller != null) ? new AuditCaller(caller.subject(),
				(caller.roles() != null) ? List.copyOf(caller.roles()) : List.of(), caller.clientId()) : NOBODY;
		disclosed = (disclosed != null) ? disclosed : Disclosed.NONE;
		disclosed.criteria().forEach((name, value) -> refuseRawSsn("criteria." + name, value));
		refuseRawSsn("detail", detail);
		for (String text : new String[] { caller.subject(), caller.clientId(), clientAddress, disclosed.purposeOfUse(),
				operationName, documentHash, detail }) {
			if (text != null && text.length() > MAX_TEXT) {
				throw new IllegalArgumentException("audit event text longer than " + MAX_TEXT + " characters");
			}
		}
	}

	/**
	 * The hex SHA-256 of a GraphQL document, so the record shows exactly which document
	 * ran without storing the document (which may carry literal criteria).
	 * @param document the GraphQL document text
	 * @return the lowercase hex SHA-256
	 */
	public static String hashDocument(String document) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A handle is sealed afresh for every search and long; the record keeps a short
	 * digest that still correlates a search with the view that opened one of its handles.
	 * @param handle a person handle
	 * @return {@code h:} and 32 hex characters
	 */
	public static String fingerprintHandle(String handle) {
		return "h:" + hashDocument(handle).substring(0, 32);
	}

	private static void refuseRawSsn(String field, String value) {
		if (value != null && RAW_SSN.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"audit event " + field + " looks like a raw SSN; record AuditCriteria.hashSsn(...) instead");
		}
	}

}
