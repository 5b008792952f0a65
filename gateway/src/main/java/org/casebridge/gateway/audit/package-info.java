/**
 * The disclosure trail: every GraphQL operation that touches person data, every denial,
 * every failed authentication and every policy change becomes one append-only,
 * hash-chained record that is durably committed before any data leaves the gateway [45
 * CFR 307.13(b)]. Callers use {@link org.casebridge.gateway.audit.AuditTrail} and
 * {@link org.casebridge.gateway.audit.AuditEvent}, which holds the
 * {@link org.casebridge.gateway.disclosure.Disclosed facts} of a disclosure; auditors
 * read through {@link org.casebridge.gateway.audit.AuditRecords}. The group-commit
 * writer, the chain, the signed checkpoints and the verifier live in {@code internal}.
 * Auditors and security officers read the trail through the {@code auditEvents} GraphQL
 * query, which is itself audited.
 */
package org.casebridge.gateway.audit;
