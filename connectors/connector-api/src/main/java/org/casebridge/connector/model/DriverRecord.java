package org.casebridge.connector.model;

import java.time.LocalDate;

/** A DMV driver record. {@code status}: VALID, SUSPENDED, EXPIRED, REVOKED. */
public record DriverRecord(Provenance provenance, String licenseNumber, String issuingState, String status,
		LocalDate expiresOn, Address address) {

}
