/**
 * How the trail is kept: a single writer thread per gateway drains a queue and commits
 * records in batches (group commit), appending them to a SHA-256 hash chain under a
 * database-wide lock so several replicas share one gap-free sequence; Ed25519 checkpoints
 * signed with a key kept outside the database pin the chain down; the verifier replays
 * it; the configuration wires it and the verify command ({@code AuditVerifyCommand},
 * public because it is a program) checks it from outside the gateway. Key files,
 * checkpoints and the row mapping are package-private; the writer, the verifier, the
 * partition maintainer, the stored row and the auditors' queries stay public for the read
 * side and the tests.
 */
package org.casebridge.gateway.audit.internal;
