/**
 * The connector to the vital records birth and paternity registry, a SOAP 1.1 service. It
 * finds registrants by name, date of birth, SSN or birth certificate number, and reads
 * one registrant's births with how paternity was established (VAP and its rescission
 * deadline, genetic tests, orders, presumptions and conflicts). Only
 * {@link org.casebridge.connector.vitals.VitalsConnector} and its settings are public;
 * the envelopes and the XML stay in {@code internal}.
 */
package org.casebridge.connector.vitals;
