package org.casebridge.gateway.audit.internal;

import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When to sign a checkpoint: every {@code checkpointEvery} records, and at least every
 * {@code checkpointInterval} while records arrive, so edits and truncation of recent
 * records are caught soon after. Decided under the chain lock from what the database
 * holds, so replicas share one cadence. Used by the writer thread only.
 */
final class CheckpointPolicy {

	private static final Logger logger = LoggerFactory.getLogger(CheckpointPolicy.class);

	private final GroupCommitWriter.WriterSettings settings;

	private final PrivateKey signingKey;

	private final String keyId;

	private final Clock clock;

	private boolean uncheckpointed;

	private boolean pendingCheckpointWritten;

	private Checkpoint signedInTransaction;

	private Instant nextIdleAttempt = Instant.EPOCH;

	CheckpointPolicy(GroupCommitWriter.WriterSettings settings, PrivateKey signingKey, String keyId, Clock clock) {
		this.settings = settings;
		this.signingKey = signingKey;
		this.keyId = keyId;
		this.clock = clock;
	}

	/** Within the batch transaction, after the records were inserted. */
	void afterAppend(Connection connection, long headSeq, String headHash) throws SQLException {
		Optional<Checkpoint> last = TrailStore.lastCheckpoint(connection);
		long lastSeq = last.map(Checkpoint::seq).orElse(0L);
		Instant lastAt = last.map(Checkpoint::signedAt).orElse(Instant.EPOCH);
		Instant now = this.clock.instant();
		boolean due = headSeq - lastSeq >= this.settings.checkpointEvery()
				|| !now.isBefore(lastAt.plus(this.settings.checkpointInterval()));
		this.pendingCheckpointWritten = due;
		this.signedInTransaction = null;
		if (due) {
			insert(connection, Checkpoint.sign(headSeq, headHash, now, this.signingKey, this.keyId));
		}
	}

	/** Within the idle transaction: checkpoints the head if anything is unsigned. */
	void atHead(Connection connection, long headSeq, String headHash) throws SQLException {
		long lastSeq = TrailStore.lastCheckpoint(connection).map(Checkpoint::seq).orElse(0L);
		this.pendingCheckpointWritten = true;
		this.signedInTransaction = null;
		if (headSeq > lastSeq) {
			insert(connection, Checkpoint.sign(headSeq, headHash, this.clock.instant(), this.signingKey, this.keyId));
		}
	}

	private void insert(Connection connection, Checkpoint checkpoint) throws SQLException {
		TrailStore.insertCheckpoint(connection, checkpoint);
		this.signedInTransaction = checkpoint;
	}

	/**
	 * After a transaction of this writer committed. A committed checkpoint is also
	 * logged, so a copy lives outside the database: someone who cuts the end of the trail
	 * and deletes its checkpoints is still caught by comparing with the log.
	 */
	void committed() {
		if (this.signedInTransaction != null) {
			logger.info(this.signedInTransaction.logLine());
			this.signedInTransaction = null;
		}
		this.uncheckpointed = !this.pendingCheckpointWritten;
		if (this.uncheckpointed) {
			this.nextIdleAttempt = this.clock.instant().plus(this.settings.checkpointInterval());
		}
	}

	/**
	 * At start: whatever a previous run appended after its last checkpoint (it may have
	 * been killed before signing) is treated as unsigned, so it is signed at once rather
	 * than when the next record arrives.
	 */
	void inheritHead() {
		this.uncheckpointed = true;
		this.nextIdleAttempt = Instant.EPOCH;
	}

	boolean idleCheckpointDue(boolean force) {
		return this.uncheckpointed && (force || !this.clock.instant().isBefore(this.nextIdleAttempt));
	}

	void idleAttemptFailed() {
		this.nextIdleAttempt = this.clock.instant().plus(this.settings.checkpointInterval());
	}

}
