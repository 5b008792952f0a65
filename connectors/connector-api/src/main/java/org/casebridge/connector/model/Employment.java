package org.casebridge.connector.model;

import java.time.LocalDate;

/** An employer from the new-hire registry. */
public record Employment(Provenance provenance, String employerName, String ein, LocalDate hiredOn,
		LocalDate separatedOn, Address employerAddress) {

}
