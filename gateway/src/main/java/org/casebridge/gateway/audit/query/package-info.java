/**
 * The auditors' read side of the trail: the {@code auditEvents} and
 * {@code auditAccessSummary} GraphQL queries, their filter and their pages. A person is
 * asked about by the keyed hashes of their identity keys, turned from the handles of the
 * auditor's own lookup, an SSN or a case number on the server, so every access to any of
 * their records is found in one query; every answer is first recorded as the auditor's
 * own {@code AUDIT_QUERY}, which never counts as an access to the person. Records are
 * read through {@link org.casebridge.gateway.audit.AuditRecords}, never from
 * {@code audit.internal}.
 */
package org.casebridge.gateway.audit.query;
