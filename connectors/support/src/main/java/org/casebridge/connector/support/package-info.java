/**
 * The connector to the statewide child support (Title IV-D) enforcement system. It finds
 * members by name, date of birth, SSN or case id, and reads one member's cases with their
 * orders, arrears, payments, disbursements, assignment and referral, mapping the agency's
 * codes and {@code MM/DD/YYYY} dates into the canonical model. Only
 * {@link org.casebridge.connector.support.SupportConnector} and its settings are public;
 * the wire format stays in {@code internal}.
 */
package org.casebridge.connector.support;
