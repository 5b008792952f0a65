/**
 * Bulk-access detection: each person view counts towards its caller's access pattern, in
 * counters every replica shares, and a caller who looks like they are browsing — many
 * different people in an hour, or one person over and over — is flagged in the audit
 * trail and in a metric, for a security officer to look into. Nothing is refused here:
 * the rate limits and admission decide what runs; this decides what deserves a look.
 */
package org.casebridge.gateway.browsing;
