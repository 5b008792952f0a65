/**
 * The HTTP transport every agency connector shares: one {@link AgencyExchange} per
 * connector sends GETs and POSTs with a response timeout, reads each answer's body up to
 * a limit, and classifies every failure to get or read an answer as the
 * {@link org.casebridge.connector.SourceException} the gateway's resilience policy acts
 * on, worded as that connector's operators know it ({@link Wording}). Connectors keep
 * their client, their mappings, their codes and formats; what they read with is here:
 * {@link QueryString}, {@link JsonPayloads}, {@link AgencyValues} and
 * {@link MalformedPayload}. Plain Java: no Spring, no retries, no circuits.
 */
package org.casebridge.connector.http;
