/**
 * What the gateway tells its operators about itself, beyond the logs and the meters each
 * feature keeps (the agency calls in {@code source}, admission in {@code graphql}, the
 * policy version in {@code access.policy}): the audit trail's commit latency, records and
 * queue depth, the trace id in every GraphQL error, and who may read the Prometheus
 * scrape. Metric names and alerts are listed in docs/operations.md; none carries a name,
 * SSN, date of birth or any other search criterion, only agencies, states, event types
 * and outcomes.
 */
package org.casebridge.gateway.observability;
