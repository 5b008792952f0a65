package org.casebridge.gateway.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The auditors' read side of the trail: the records that match a search, and who had
 * them. Records are read as stored; a damaged one is still returned (the verifier reports
 * it).
 */
public interface AuditRecords {

	/**
	 * Records matching the search, newest first.
	 * @param search what to match
	 * @param beforeSeq only records with a smaller seq (the page cursor), or {@code null}
	 * @param limit the most records to return
	 * @return the records
	 */
	List<Recorded> find(Search search, Long beforeSeq, int limit);

	/**
	 * Who (subject and client) had matching records, how many and when, most active
	 * first.
	 * @param search what to match
	 * @param limit the most rows to return
	 * @return one row per subject and client
	 */
	List<AccessSummary> summarize(Search search, int limit);

	/**
	 * What to match; {@code null} or empty means "any".
	 *
	 * @param from start of the period (inclusive)
	 * @param to end of the period (exclusive)
	 * @param personKeys keyed hashes of a person's identity keys: records that disclosed
	 * any of them, never the auditors' own queries; {@code null} for any person, empty
	 * for none
	 * @param subject the user or client that acted
	 * @param clientId the integrator client or {@code ui-session}
	 * @param fieldGroup a field group that was disclosed, in full or masked
	 * @param types event types
	 * @param outcomes outcomes
	 */
	record Search(Instant from, Instant to, List<String> personKeys, String subject, String clientId, String fieldGroup,
			List<String> types, List<String> outcomes) {

	}

	/**
	 * One subject and client with matching records.
	 *
	 * @param subject the user or client
	 * @param clientId the client
	 * @param events how many records
	 * @param firstAt the earliest
	 * @param lastAt the latest
	 */
	record AccessSummary(String subject, String clientId, long events, Instant firstAt, Instant lastAt) {

	}

	/**
	 * One record as stored: its place in the chain, when it was committed, the event's
	 * content (maps as their canonical JSON text) and its hash.
	 */
	record Recorded(long seq, UUID eventId, Instant occurredAt, Instant recordedAt, String type, String outcome,
			String subject, List<String> roles, String clientId, String clientAddress, String purposeOfUse,
			String operationName, String documentHash, String criteriaJson, List<String> personHandles,
			List<String> agencyRecordIds, List<String> fieldGroupsDisclosed, List<String> fieldGroupsWithheld,
			boolean familyViolenceRestricted, boolean federalTaxInformationDisclosed, String sourceOutcomesJson,
			String detail, String hash) {

	}

}
