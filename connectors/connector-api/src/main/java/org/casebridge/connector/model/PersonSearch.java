package org.casebridge.connector.model;

import java.time.LocalDate;

/**
 * Validated search criteria, in canonical form: names trimmed, SSN nine digits without
 * dashes. Any field may be null; at least one is set (the gateway validates before any
 * connector is called).
 */
public record PersonSearch(String firstName, String lastName, LocalDate dateOfBirth, String ssn, String caseNumber) {

}
