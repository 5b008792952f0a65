package org.casebridge.gateway.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.casebridge.gateway.audit.AuditEvent;
import org.casebridge.gateway.disclosure.Disclosed;

/**
 * An audit event as stored: its place in the chain ({@code seq}, {@code prevHash}), when
 * it was committed, and the SHA-256 over its canonical form and the previous hash. Maps
 * are kept as their canonical JSON text so the stored value is exactly what was hashed.
 */
record ChainedRecord(long seq, UUID eventId, Instant occurredAt, Instant recordedAt, String type, String outcome,
		String subject, List<String> roles, String clientId, String clientAddress, String purposeOfUse,
		String operationName, String documentHash, String criteriaJson, List<String> personHandles,
		List<String> agencyRecordIds, List<String> personKeys, List<String> fieldGroupsDisclosed,
		List<String> fieldGroupsWithheld, boolean familyViolenceRestricted, boolean federalTaxInformationDisclosed,
		String sourceOutcomesJson, String detail, String prevHash, String hash) {

	/** The previous hash of the first record in the chain. */
	public static final String GENESIS = "0".repeat(64);

	/**
	 * Places an event in the chain.
	 * @param event the event
	 * @param seq its sequence number
	 * @param recordedAt the commit time of its batch
	 * @param prevHash the hash of the record before it
	 * @return the chained record with its hash
	 */
	static ChainedRecord chain(AuditEvent event, long seq, Instant recordedAt, String prevHash) {
		Disclosed disclosed = event.disclosed();
		ChainedRecord unsealed = new ChainedRecord(seq, UUID.randomUUID(), micros(event.occurredAt()),
				micros(recordedAt), event.type().name(), event.outcome().name(), event.caller().subject(),
				event.caller().roles(), event.caller().clientId(), event.clientAddress(), disclosed.purposeOfUse(),
				event.operationName(), event.documentHash(), CanonicalJson.map(disclosed.criteria()),
				disclosed.personHandles(), disclosed.agencyRecordIds(), disclosed.personKeys(),
				disclosed.fieldGroupsDisclosed(), disclosed.fieldGroupsWithheld(), disclosed.familyViolenceRestricted(),
				disclosed.federalTaxInformationDisclosed(), CanonicalJson.map(disclosed.sourceOutcomes()),
				event.detail(), prevHash, null);
		return unsealed.withHash(unsealed.computeHash());
	}

	static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	ChainedRecord withHash(String newHash) {
		return new ChainedRecord(this.seq, this.eventId, this.occurredAt, this.recordedAt, this.type, this.outcome,
				this.subject, this.roles, this.clientId, this.clientAddress, this.purposeOfUse, this.operationName,
				this.documentHash, this.criteriaJson, this.personHandles, this.agencyRecordIds, this.personKeys,
				this.fieldGroupsDisclosed, this.fieldGroupsWithheld, this.familyViolenceRestricted,
				this.federalTaxInformationDisclosed, this.sourceOutcomesJson, this.detail, this.prevHash, newHash);
	}

	/**
	 * Recomputes the hash from the stored content, as the verifier does.
	 * @return lowercase hex SHA-256
	 */
	public String computeHash() {
		return sha256(canonical());
	}

	/**
	 * Version 1 records (written before person keys existed, {@code personKeys} null)
	 * keep exactly their original form; version 2 adds the person keys after the agency
	 * record ids.
	 */
	String canonical() {
		boolean v1 = this.personKeys == null;
		CanonicalJson json = new CanonicalJson().field("v", v1 ? 1 : 2)
			.field("seq", this.seq)
			.field("eventId", text(this.eventId))
			.field("occurredAt", text(this.occurredAt))
			.field("recordedAt", text(this.recordedAt))
			.field("type", this.type)
			.field("outcome", this.outcome)
			.field("subject", this.subject)
			.field("roles", this.roles)
			.field("clientId", this.clientId)
			.field("clientAddress", this.clientAddress)
			.field("purposeOfUse", this.purposeOfUse)
			.field("operationName", this.operationName)
			.field("documentHash", this.documentHash)
			.rawField("criteria", this.criteriaJson)
			.field("personHandles", this.personHandles)
			.field("agencyRecordIds", this.agencyRecordIds);
		if (!v1) {
			json.field("personKeys", this.personKeys);
		}
		return json.field("fieldGroupsDisclosed", this.fieldGroupsDisclosed)
			.field("fieldGroupsWithheld", this.fieldGroupsWithheld)
			.field("familyViolenceRestricted", this.familyViolenceRestricted)
			.field("federalTaxInformationDisclosed", this.federalTaxInformationDisclosed)
			.rawField("sourceOutcomes", this.sourceOutcomesJson)
			.field("detail", this.detail)
			.field("prevHash", this.prevHash)
			.end();
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
