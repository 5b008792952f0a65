package org.casebridge.gateway.identity;

import java.util.List;

import org.casebridge.connector.model.PersonRecord;

/**
 * An agency record within a candidate, with the evidence that put it there.
 *
 * @param record the agency's record
 * @param linkedOn keys shared exactly with the record it was linked to (empty for the
 * first record)
 * @param linkConfidence calibrated probability that it is the same person as the record
 * it was linked to (1 for the first record)
 * @param evidence the comparison with that record, each field with its weight, strongest
 * first (empty for the first record)
 * @param decision the caseworker's "same person" decision that put the record in the
 * candidate, or null when the matcher linked it (the confidence and evidence are then
 * still the matcher's own)
 */
public record LinkedRecord(PersonRecord record, List<MatchKey> linkedOn, double linkConfidence,
		List<PairMatch.Evidence> evidence, String decision) {

	public LinkedRecord {
		linkedOn = List.copyOf(linkedOn);
		evidence = List.copyOf(evidence);
	}

	public LinkedRecord(PersonRecord record, List<MatchKey> linkedOn, double linkConfidence,
			List<PairMatch.Evidence> evidence) {
		this(record, linkedOn, linkConfidence, evidence, null);
	}

}
