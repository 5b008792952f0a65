package org.casebridge.connector.vitals.internal;

import java.net.http.HttpHeaders;
import java.time.Instant;

/**
 * An answer the agency gave, whatever its status, with the instant it arrived (the
 * canonical {@code retrievedAt}).
 */
record Reply(int status, HttpHeaders headers, byte[] body, Instant receivedAt) {

}
