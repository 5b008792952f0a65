package org.casebridge.connector.http;

import java.net.http.HttpHeaders;
import java.time.Instant;

/**
 * An answer the agency gave, whatever its status, with the instant it arrived (the
 * canonical {@code retrievedAt}). The body is empty for an answer other than 200 unless
 * the exchange reads error answers.
 *
 * @param status the HTTP status
 * @param headers the answer's headers
 * @param body the body, read up to {@link AgencyExchange#BODY_LIMIT}
 * @param receivedAt when the whole answer had arrived
 */
public record Reply(int status, HttpHeaders headers, byte[] body, Instant receivedAt) {

}
