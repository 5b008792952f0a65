/**
 * How the trail is kept: a single writer thread per gateway drains a queue and commits
 * records in batches (group commit), appending them to a SHA-256 hash chain under a
 * database-wide lock so several replicas share one gap-free sequence; Ed25519 checkpoints
 * signed with a key kept outside the database pin the chain down; the verifier replays
 * it; the configuration wires it and the verify command ({@code AuditVerifyCommand},
 * public because it is a program) checks it from outside the gateway. The auditors'
 * searches implement {@link org.casebridge.gateway.audit.AuditRecords}; key files,
 * checkpoints, the stored row, the partition maintainer and the searches are
 * package-private. The writer and the signing keys are still public for the tests outside
 * this package.
 */
package org.casebridge.gateway.audit.internal;
