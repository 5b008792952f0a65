package org.casebridge.gateway.search;

import java.time.LocalDate;

/** The search criteria as the caller sent them, before validation. */
public record PersonSearchInput(String firstName, String lastName, LocalDate dateOfBirth, String ssn,
		String caseNumber) {

}
