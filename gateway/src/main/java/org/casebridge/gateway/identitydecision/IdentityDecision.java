package org.casebridge.gateway.identitydecision;

import java.time.Instant;
import java.util.List;

import org.casebridge.connector.Source;

/**
 * One recorded decision, as the schema's {@code IdentityDecision} shows it.
 *
 * @param id the decision's id
 * @param decision what was decided
 * @param records the agency records of the candidate it was made from
 * @param otherRecords the agency records of the other candidate
 * @param reason why, in the caseworker's words
 * @param decidedBy who decided
 * @param decidedAt when
 * @param purpose the purpose of use stated
 * @param reversal the supervisor's reversal, or null while the decision is in force
 */
public record IdentityDecision(String id, IdentityDecisionKind decision, List<RecordRef> records,
		List<RecordRef> otherRecords, String reason, String decidedBy, Instant decidedAt, String purpose,
		Reversal reversal) {

	public IdentityDecision {
		records = List.copyOf(records);
		otherRecords = List.copyOf(otherRecords);
	}

	public boolean inForce() {
		return this.reversal == null;
	}

	/** An agency record, as its agency and the agency's person id. */
	public record RecordRef(Source source, String recordId) {

		/** The record of a key, {@code source:id} as {@link #key()} writes it. */
		static RecordRef of(String key) {
			int colon = key.indexOf(':');
			String id = key.substring(0, colon);
			for (Source source : Source.values()) {
				if (source.id().equals(id)) {
					return new RecordRef(source, key.substring(colon + 1));
				}
			}
			throw new IllegalStateException("stored decision names an unknown agency");
		}

		/** {@code source:id}, as the resolver names records. */
		String key() {
			return this.source.id() + ":" + this.recordId;
		}

	}

	/** A supervisor's reversal. */
	public record Reversal(String reason, String reversedBy, Instant reversedAt) {

	}

}
