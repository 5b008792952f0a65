package org.casebridge.gateway.identity;

import java.util.List;

import org.casebridge.connector.model.PersonRecord;

/**
 * An agency record within a candidate, with the evidence that put it there.
 *
 * @param record the agency's record
 * @param linkedOn keys shared with the record it was linked to (empty for the first
 * record)
 * @param linkConfidence confidence that it is the same person as the rest of the
 * candidate
 */
public record LinkedRecord(PersonRecord record, List<MatchKey> linkedOn, double linkConfidence) {

	public LinkedRecord {
		linkedOn = List.copyOf(linkedOn);
	}

}
