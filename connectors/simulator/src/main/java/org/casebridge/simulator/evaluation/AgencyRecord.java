package org.casebridge.simulator.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.casebridge.simulator.Agency;
import org.casebridge.simulator.RecordedIdentity;
import org.casebridge.simulator.SyntheticPerson.Sex;

/**
 * One agency's record of a person, as a matcher sees it: no truth id.
 *
 * @param key unique within the population: the agency and its record id
 * @param middle full middle name or initial, or null
 * @param aliases other names the agency holds (aliases and maiden names)
 * @param ssn nine digits as recorded, or null
 */
public record AgencyRecord(String key, Agency agency, String first, String middle, String last,
		List<RecordedIdentity.Alias> aliases, LocalDate dateOfBirth, boolean dateOfBirthEstimated, String ssn,
		Sex sex) {

	public AgencyRecord {
		aliases = List.copyOf(aliases);
	}

}
