package org.casebridge.connector.change;

/**
 * A change the feed held but the connector could not accept: unreadable, or not signed by
 * the agency. It is reported so that it can be recorded, and never applied.
 *
 * @param eventId the id the change claimed, or null when even that could not be read
 * @param reason why it was refused, in words safe to record (no payload values)
 */
public record RefusedChange(String eventId, String reason) {

}
