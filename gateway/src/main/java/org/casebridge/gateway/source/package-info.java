/**
 * The agencies as the gateway sees them: one connector per agency, built from its own
 * validated configuration, and one set of Resilience4j instances per agency (time
 * limiter, circuit breaker, bulkhead, retry), named after it.
 * {@link org.casebridge.gateway.source.SourceCalls} is the only way the rest of the
 * gateway calls an agency, so every call gets the same outcome classification, the same
 * retry rules and the request's deadline.
 */
package org.casebridge.gateway.source;
