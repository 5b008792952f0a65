/**
 * The service-provider interface every agency connector implements, and the outcome types
 * the gateway reports per source. A connector translates one agency's wire format into
 * the canonical model in {@link org.casebridge.connector.model}; nothing outside a
 * connector ever sees an agency's own field names, ids or dates. Connectors do not retry,
 * time out or open circuits themselves: the gateway wraps each one in its own
 * Resilience4j instances, so a connector's only job on failure is to throw the
 * {@link SourceException} that says what went wrong.
 */
package org.casebridge.connector;
