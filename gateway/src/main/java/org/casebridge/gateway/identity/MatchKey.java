package org.casebridge.gateway.identity;

/** Evidence that two records, or a record and the search criteria, agree. */
public enum MatchKey {

	SSN, NAME, DATE_OF_BIRTH, CASE_NUMBER

}
