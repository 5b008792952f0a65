package org.casebridge.connector.model;

import java.math.BigDecimal;

/** Wages reported for one quarter, e.g. {@code quarter} 2026Q2. */
public record QuarterlyWage(Provenance provenance, String quarter, String employerName, String ein, BigDecimal amount) {

}
