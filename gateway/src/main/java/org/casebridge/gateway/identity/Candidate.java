package org.casebridge.gateway.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * A possible person: agency records grouped on strong evidence.
 *
 * @param displayName the name most records carry
 * @param dateOfBirth the date of birth most records carry
 * @param confidence how well the candidate matches the criteria, 0 to 1
 * @param matchedOn which criteria matched
 * @param records the grouped records, strongest link first
 */
public record Candidate(String displayName, LocalDate dateOfBirth, double confidence, List<MatchKey> matchedOn,
		List<LinkedRecord> records) {

	public Candidate {
		matchedOn = List.copyOf(matchedOn);
		records = List.copyOf(records);
	}

}
