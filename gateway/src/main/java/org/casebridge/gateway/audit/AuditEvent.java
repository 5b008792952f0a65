package org.casebridge.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One audited operation: who, when, from where, why, what was asked, which people and
 * agency records were returned, which field groups were disclosed or withheld, which
 * sources answered, and how it ended.
 * <p>
 * Nothing in an event may be more sensitive than it needs to be: search criteria hold
 * keyed hashes from {@link AuditCriteria}, never raw SSNs, names or dates of birth, and
 * {@code detail} is a short code. The constructor refuses anything that looks like a raw
 * SSN, so a coding mistake fails loudly instead of leaking into a seven-year record.
 *
 * @param type what happened
 * @param occurredAt when it happened (UTC); {@code null} means now
 * @param subject the authenticated (or, for a failed login, the claimed) user or client
 * @param roles the caller's roles, without the {@code ROLE_} prefix
 * @param clientId the integrator's client id, or {@code ui-session} for the search screen
 * @param clientAddress the caller's network address
 * @param purposeOfUse the purpose of use stated for the request
 * @param operationName the GraphQL operation name
 * @param documentHash SHA-256 of the GraphQL document, see {@link #hashDocument(String)}
 * @param criteria search criteria by name, values already keyed-hashed
 * @param personHandles the opaque person handles returned
 * @param agencyRecordIds the agency record ids returned, as {@code source:id}
 * @param personKeys the people the operation disclosed, as keyed hashes of their identity
 * keys ({@link AuditCriteria#hashPersonKey}); what "every access to this person" is
 * matched on
 * @param fieldGroupsDisclosed the field groups sent to the caller
 * @param fieldGroupsWithheld the field groups withheld from the caller
 * @param familyViolenceRestricted whether a Family Violence Indicator suppressed data
 * @param federalTaxInformationDisclosed whether federal tax information was disclosed
 * @param sourceOutcomes each source called, with its outcome (e.g. {@code support → OK})
 * @param outcome the overall outcome
 * @param detail a short code explaining the outcome, never personal data
 */
public record AuditEvent(AuditEventType type, Instant occurredAt, String subject, List<String> roles, String clientId,
		String clientAddress, String purposeOfUse, String operationName, String documentHash,
		Map<String, String> criteria, List<String> personHandles, List<String> agencyRecordIds, List<String> personKeys,
		List<String> fieldGroupsDisclosed, List<String> fieldGroupsWithheld, boolean familyViolenceRestricted,
		boolean federalTaxInformationDisclosed, Map<String, String> sourceOutcomes, AuditOutcome outcome,
		String detail) {

	/**
	 * A whole value shaped like an SSN; fragments of timestamps or ids must not match.
	 */
	private static final Pattern RAW_SSN = Pattern.compile("\\s*\\d{3}[- ]?\\d{2}[- ]?\\d{4}\\s*");

	private static final int MAX_TEXT = 256;

	public AuditEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(outcome, "outcome");
		occurredAt = (occurredAt != null) ? occurredAt : Instant.now();
		roles = copy(roles);
		personHandles = copy(personHandles);
		agencyRecordIds = copy(agencyRecordIds);
		personKeys = copy(personKeys);
		fieldGroupsDisclosed = copy(fieldGroupsDisclosed);
		fieldGroupsWithheld = copy(fieldGroupsWithheld);
		criteria = copy(criteria);
		sourceOutcomes = copy(sourceOutcomes);
		criteria.forEach((name, value) -> refuseRawSsn("criteria." + name, value));
		refuseRawSsn("detail", detail);
		for (String text : new String[] { subject, clientId, clientAddress, purposeOfUse, operationName, documentHash,
				detail }) {
			if (text != null && text.length() > MAX_TEXT) {
				throw new IllegalArgumentException("audit event text longer than " + MAX_TEXT + " characters");
			}
		}
	}

	/**
	 * Starts a builder for an event of the given type.
	 * @param type what happened
	 * @param outcome how it ended
	 * @return a builder
	 */
	public static Builder builder(AuditEventType type, AuditOutcome outcome) {
		return new Builder(type, outcome);
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

	private static List<String> copy(List<String> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	private static Map<String, String> copy(Map<String, String> map) {
		if (map == null) {
			return Map.of();
		}
		map.forEach((key, value) -> Objects.requireNonNull(value, key));
		return Collections.unmodifiableMap(new TreeMap<>(map));
	}

	/**
	 * Builds an {@link AuditEvent} field by field.
	 */
	public static final class Builder {

		private final AuditEventType type;

		private final AuditOutcome outcome;

		private Instant occurredAt;

		private String subject;

		private List<String> roles = new ArrayList<>();

		private String clientId;

		private String clientAddress;

		private String purposeOfUse;

		private String operationName;

		private String documentHash;

		private final Map<String, String> criteria = new LinkedHashMap<>();

		private List<String> personHandles = new ArrayList<>();

		private List<String> agencyRecordIds = new ArrayList<>();

		private List<String> personKeys = new ArrayList<>();

		private List<String> fieldGroupsDisclosed = new ArrayList<>();

		private List<String> fieldGroupsWithheld = new ArrayList<>();

		private boolean familyViolenceRestricted;

		private boolean federalTaxInformationDisclosed;

		private final Map<String, String> sourceOutcomes = new LinkedHashMap<>();

		private String detail;

		private Builder(AuditEventType type, AuditOutcome outcome) {
			this.type = type;
			this.outcome = outcome;
		}

		public Builder occurredAt(Instant occurredAt) {
			this.occurredAt = occurredAt;
			return this;
		}

		public Builder subject(String subject) {
			this.subject = subject;
			return this;
		}

		public Builder roles(List<String> roles) {
			this.roles = new ArrayList<>(roles);
			return this;
		}

		public Builder clientId(String clientId) {
			this.clientId = clientId;
			return this;
		}

		public Builder clientAddress(String clientAddress) {
			this.clientAddress = clientAddress;
			return this;
		}

		public Builder purposeOfUse(String purposeOfUse) {
			this.purposeOfUse = purposeOfUse;
			return this;
		}

		public Builder operationName(String operationName) {
			this.operationName = operationName;
			return this;
		}

		public Builder documentHash(String documentHash) {
			this.documentHash = documentHash;
			return this;
		}

		public Builder criterion(String name, String safeValue) {
			this.criteria.put(name, safeValue);
			return this;
		}

		public Builder personHandles(List<String> personHandles) {
			this.personHandles = new ArrayList<>(personHandles);
			return this;
		}

		public Builder agencyRecordIds(List<String> agencyRecordIds) {
			this.agencyRecordIds = new ArrayList<>(agencyRecordIds);
			return this;
		}

		public Builder personKeys(List<String> personKeys) {
			this.personKeys = new ArrayList<>(personKeys);
			return this;
		}

		public Builder fieldGroupsDisclosed(List<String> fieldGroups) {
			this.fieldGroupsDisclosed = new ArrayList<>(fieldGroups);
			return this;
		}

		public Builder fieldGroupsWithheld(List<String> fieldGroups) {
			this.fieldGroupsWithheld = new ArrayList<>(fieldGroups);
			return this;
		}

		public Builder familyViolenceRestricted(boolean restricted) {
			this.familyViolenceRestricted = restricted;
			return this;
		}

		public Builder federalTaxInformationDisclosed(boolean disclosed) {
			this.federalTaxInformationDisclosed = disclosed;
			return this;
		}

		public Builder sourceOutcome(String source, String sourceOutcome) {
			this.sourceOutcomes.put(source, sourceOutcome);
			return this;
		}

		public Builder detail(String detail) {
			this.detail = detail;
			return this;
		}

		public AuditEvent build() {
			return new AuditEvent(this.type, this.occurredAt, this.subject, this.roles, this.clientId,
					this.clientAddress, this.purposeOfUse, this.operationName, this.documentHash, this.criteria,
					this.personHandles, this.agencyRecordIds, this.personKeys, this.fieldGroupsDisclosed,
					this.fieldGroupsWithheld, this.familyViolenceRestricted, this.federalTaxInformationDisclosed,
					this.sourceOutcomes, this.outcome, this.detail);
		}

	}

}
