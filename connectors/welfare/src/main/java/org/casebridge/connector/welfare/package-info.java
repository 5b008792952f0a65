/**
 * The connector to the child welfare agency's CCWIS. It finds people by name, date of
 * birth, SSN or case number, and reads one person's removal episodes with their
 * placements, permanency goal, custody, TPR, IV-E eligibility and the referral decision
 * to child support, mapping the agency's codes into the canonical model. Every call
 * carries an OAuth2 access token obtained from the agency with the connector's client
 * credentials. Only {@link org.casebridge.connector.welfare.WelfareConnector} and its
 * settings are public; the wire format stays in {@code internal}.
 */
package org.casebridge.connector.welfare;
