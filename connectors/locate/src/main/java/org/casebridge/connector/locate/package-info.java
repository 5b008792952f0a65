/**
 * The connector to the locate service: the new-hire registry (NDNH), state wage records
 * (SWA) and the DMV behind one paged, rate-limited REST API. It finds subjects by SSN,
 * name and date of birth, and reads every page of one subject's addresses, employers,
 * quarterly wages and driver records. Only
 * {@link org.casebridge.connector.locate.LocateConnector} and its settings are public;
 * the wire format stays in {@code internal}.
 */
package org.casebridge.connector.locate;
