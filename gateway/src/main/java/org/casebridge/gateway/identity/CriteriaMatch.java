package org.casebridge.gateway.identity;

import java.util.ArrayList;
import java.util.List;

import org.casebridge.connector.model.PersonName;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;

/**
 * How well a candidate's records match what was searched for: the share of the stated
 * criteria (weighted by how identifying each is) that some record of the candidate
 * carries.
 */
record CriteriaMatch(double confidence, List<MatchKey> keys) {

	private static final double SSN = 0.45;

	private static final double CASE_NUMBER = 0.35;

	private static final double LAST_NAME = 0.15;

	private static final double FIRST_NAME = 0.1;

	private static final double DATE_OF_BIRTH = 0.2;

	static CriteriaMatch of(List<PersonRecord> records, PersonSearch criteria) {
		double asked = 0;
		double matched = 0;
		List<MatchKey> keys = new ArrayList<>();
		if (criteria.ssn() != null) {
			asked += SSN;
			if (records.stream().anyMatch((r) -> criteria.ssn().equals(r.ssn()))) {
				matched += SSN;
				keys.add(MatchKey.SSN);
			}
		}
		boolean nameAsked = criteria.lastName() != null || criteria.firstName() != null;
		if (nameAsked) {
			double lastWeight = (criteria.lastName() != null) ? LAST_NAME : 0;
			double firstWeight = (criteria.firstName() != null) ? FIRST_NAME : 0;
			asked += lastWeight + firstWeight;
			double best = 0;
			for (PersonRecord record : records) {
				for (PersonName name : record.names()) {
					double score = 0;
					if (criteria.lastName() != null
							&& Names.normalize(criteria.lastName()).equals(Names.normalize(name.last()))) {
						score += lastWeight;
					}
					if (criteria.firstName() != null
							&& Names.normalize(name.first()).startsWith(Names.normalize(criteria.firstName()))) {
						score += firstWeight;
					}
					best = Math.max(best, score);
				}
			}
			matched += best;
			if (best >= lastWeight + firstWeight && best > 0) {
				keys.add(MatchKey.NAME);
			}
		}
		if (criteria.dateOfBirth() != null) {
			asked += DATE_OF_BIRTH;
			if (records.stream().anyMatch((r) -> criteria.dateOfBirth().equals(r.dateOfBirth()))) {
				matched += DATE_OF_BIRTH;
				keys.add(MatchKey.DATE_OF_BIRTH);
			}
		}
		if (criteria.caseNumber() != null) {
			asked += CASE_NUMBER;
			if (records.stream().anyMatch((r) -> r.caseNumbers().contains(criteria.caseNumber()))) {
				matched += CASE_NUMBER;
				keys.add(MatchKey.CASE_NUMBER);
			}
		}
		double confidence = (asked == 0) ? 0 : Math.round(matched / asked * 100) / 100.0;
		return new CriteriaMatch(confidence, keys);
	}

}
