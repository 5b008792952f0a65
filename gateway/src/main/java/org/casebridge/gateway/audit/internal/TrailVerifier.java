package org.casebridge.gateway.audit.internal;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Replays the whole trail: every record must follow the one before it (no gap, no
 * duplicate), link to its hash, hash to what it stores, and agree with every signed
 * checkpoint; no signed checkpoint may lie beyond the end of the trail. The first broken
 * record is reported. Records before the first one kept are accepted only if a detached
 * (archived) partition ends exactly where the live trail begins.
 */
final class TrailVerifier {

	private TrailVerifier() {
	}

	/**
	 * Verifies the trail on the given connection, in one read-only snapshot.
	 * @param connection a connection that may read the audit tables
	 * @param keys the trusted checkpoint keys by key id
	 * @return the verdict
	 * @throws SQLException if the trail cannot be read
	 */
	public static Verdict verify(Connection connection, Map<String, PublicKey> keys) throws SQLException {
		return verify(connection, keys, List.of());
	}

	/**
	 * Verifies the trail, also holding it to checkpoints kept outside the database (e.g.
	 * read from the gateway log with {@link Checkpoint#fromLogLine(String)}): a trail cut
	 * short together with its checkpoint rows is caught this way.
	 * @param connection a connection that may read the audit tables
	 * @param keys the trusted checkpoint keys by key id
	 * @param external checkpoints known from outside the database
	 * @return the verdict
	 * @throws SQLException if the trail cannot be read
	 */
	public static Verdict verify(Connection connection, Map<String, PublicKey> keys, List<Checkpoint> external)
			throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		try {
			return replay(connection, keys, external);
		}
		finally {
			connection.rollback();
			connection.setAutoCommit(autoCommit);
		}
	}

	private static Verdict replay(Connection connection, Map<String, PublicKey> keys, List<Checkpoint> external)
			throws SQLException {
		TreeMap<Long, Checkpoint> bySeq = new TreeMap<>();
		TrailStore.checkpoints(connection).forEach((checkpoint) -> bySeq.put(checkpoint.seq(), checkpoint));
		for (Checkpoint copy : external) {
			Checkpoint stored = bySeq.putIfAbsent(copy.seq(), copy);
			if (stored != null && !stored.hash().equals(copy.hash())) {
				return Verdict.broken(copy.seq(), "checkpoint differs from its copy kept outside the database");
			}
		}
		List<Checkpoint> checkpoints = new ArrayList<>(bySeq.values());
		for (Checkpoint checkpoint : checkpoints) {
			if (!checkpoint.verify(keys)) {
				return Verdict.broken(checkpoint.seq(), "checkpoint signature is not valid under a trusted key");
			}
		}
		Iterator<Checkpoint> pending = checkpoints.iterator();
		Checkpoint nextCheckpoint = pending.hasNext() ? pending.next() : null;
		long records = 0;
		long expectedSeq = 1;
		String prevHash = ChainedRecord.GENESIS;
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(1000);
			try (ResultSet rs = statement
				.executeQuery("SELECT " + TrailStore.COLUMNS + " FROM audit_event ORDER BY seq")) {
				while (rs.next()) {
					ChainedRecord record = TrailStore.read(rs);
					if (records == 0 && record.seq() > 1) {
						Optional<String> archived = archivedHashBefore(connection, record.seq());
						if (archived.isEmpty()) {
							return Verdict.broken(1, "records 1 to " + (record.seq() - 1)
									+ " are missing and no archived partition accounts for them");
						}
						expectedSeq = record.seq();
						prevHash = archived.get();
						while (nextCheckpoint != null && nextCheckpoint.seq() < expectedSeq) {
							nextCheckpoint = pending.hasNext() ? pending.next() : null;
						}
					}
					if (record.seq() < expectedSeq) {
						return Verdict.broken(record.seq(), "sequence number appears more than once");
					}
					if (record.seq() > expectedSeq) {
						return Verdict.broken(expectedSeq,
								"record is missing (next record is seq " + record.seq() + ")");
					}
					if (!prevHash.equals(record.prevHash())) {
						return Verdict.broken(record.seq(),
								"does not link to the record before it (inserted, deleted or reordered records)");
					}
					if (!record.computeHash().equals(record.hash())) {
						return Verdict.broken(record.seq(), "content does not match its hash (record edited)");
					}
					if (nextCheckpoint != null && nextCheckpoint.seq() == record.seq()) {
						if (!nextCheckpoint.hash().equals(record.hash())) {
							return Verdict.broken(record.seq(),
									"chain differs from the signed checkpoint (a record up to here was altered)");
						}
						nextCheckpoint = pending.hasNext() ? pending.next() : null;
					}
					prevHash = record.hash();
					expectedSeq++;
					records++;
				}
			}
		}
		if (nextCheckpoint != null) {
			return Verdict.broken(expectedSeq,
					"trail ends at seq " + (expectedSeq - 1) + " but a checkpoint was signed at seq "
							+ nextCheckpoint.seq() + " (records removed from the end)");
		}
		return Verdict.intact(records, checkpoints.size());
	}

	private static Optional<String> archivedHashBefore(Connection connection, long seq) throws SQLException {
		try (PreparedStatement query = connection
			.prepareStatement("SELECT last_hash FROM audit_archive WHERE last_seq = ? AND last_hash IS NOT NULL")) {
			query.setLong(1, seq - 1);
			try (ResultSet rs = query.executeQuery()) {
				return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
			}
		}
	}

	/**
	 * The outcome of a verification.
	 *
	 * @param intact whether the whole trail verified
	 * @param records how many records were verified
	 * @param checkpoints how many checkpoint signatures were verified
	 * @param brokenAt the first broken sequence number, or -1
	 * @param reason why it is broken, or {@code null}
	 */
	public record Verdict(boolean intact, long records, long checkpoints, long brokenAt, String reason) {

		static Verdict intact(long records, long checkpoints) {
			return new Verdict(true, records, checkpoints, -1, null);
		}

		static Verdict broken(long seq, String reason) {
			return new Verdict(false, 0, 0, seq, reason);
		}

		/**
		 * The one line the verify command prints.
		 * @return {@code OK: ...} or {@code BROKEN at seq N: ...}
		 */
		public String describe() {
			return this.intact ? "OK: verified " + this.records + " records and " + this.checkpoints + " checkpoints"
					: "BROKEN at seq " + this.brokenAt + ": " + this.reason;
		}

	}

}
