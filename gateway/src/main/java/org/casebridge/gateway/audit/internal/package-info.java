/**
 * How the trail is kept: a single writer thread per gateway drains a queue and commits
 * records in batches (group commit), appending them to a SHA-256 hash chain under a
 * database-wide lock so several replicas share one gap-free sequence; Ed25519 checkpoints
 * signed with a key kept outside the database pin the chain down; the verifier replays
 * it. Public only because the verify command and the configuration live one package up.
 */
package org.casebridge.gateway.audit.internal;
