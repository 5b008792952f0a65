package org.casebridge.gateway.audit.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of the trail, on a connection the caller owns (and whose transaction it
 * controls). Works on PostgreSQL and on the embedded H2 demo database.
 */
final class TrailStore {

	/**
	 * Key of the transaction-scoped advisory lock that serialises appends across
	 * replicas.
	 */
	static final long CHAIN_LOCK = 0x4341534542524447L;

	/** The record columns in the order {@link #read(ResultSet)} expects them. */
	public static final String COLUMNS = "seq, event_id, occurred_at, recorded_at, event_type, outcome, subject, roles, "
			+ "client_id, client_address, purpose_of_use, operation_name, document_hash, criteria, person_handles, "
			+ "agency_record_ids, person_keys, field_groups_disclosed, field_groups_withheld, family_violence_restricted, "
			+ "federal_tax_information, source_outcomes, detail, prev_hash, hash";

	private static final String INSERT = "INSERT INTO audit_event (" + COLUMNS
			+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private TrailStore() {
	}

	/** The head of the chain: the last record's seq, hash and commit time. */
	record Head(long seq, String hash, Instant recordedAt) {

		static final Head EMPTY = new Head(0, ChainedRecord.GENESIS, Instant.EPOCH);

	}

	static boolean isPostgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
	}

	/**
	 * Takes the chain lock for the rest of the transaction and reads the head. Within one
	 * JVM the single writer thread already serialises appends; on PostgreSQL the advisory
	 * lock does the same across replicas.
	 */
	static Head lockHead(Connection connection) throws SQLException {
		if (isPostgres(connection)) {
			try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
				lock.setLong(1, CHAIN_LOCK);
				lock.execute();
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("SELECT seq, hash, recorded_at FROM audit_event ORDER BY seq DESC LIMIT 1")) {
			if (!rs.next()) {
				return Head.EMPTY;
			}
			return new Head(rs.getLong(1), rs.getString(2), instant(rs, 3));
		}
	}

	static void insert(Connection connection, List<ChainedRecord> records) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			for (ChainedRecord r : records) {
				int i = 0;
				insert.setLong(++i, r.seq());
				insert.setObject(++i, r.eventId());
				insert.setObject(++i, OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC));
				insert.setObject(++i, OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC));
				insert.setString(++i, r.type());
				insert.setString(++i, r.outcome());
				insert.setString(++i, r.subject());
				insert.setArray(++i, array(connection, r.roles()));
				insert.setString(++i, r.clientId());
				insert.setString(++i, r.clientAddress());
				insert.setString(++i, r.purposeOfUse());
				insert.setString(++i, r.operationName());
				insert.setString(++i, r.documentHash());
				insert.setString(++i, r.criteriaJson());
				insert.setArray(++i, array(connection, r.personHandles()));
				insert.setArray(++i, array(connection, r.agencyRecordIds()));
				insert.setArray(++i, (r.personKeys() != null) ? array(connection, r.personKeys()) : null);
				insert.setArray(++i, array(connection, r.fieldGroupsDisclosed()));
				insert.setArray(++i, array(connection, r.fieldGroupsWithheld()));
				insert.setBoolean(++i, r.familyViolenceRestricted());
				insert.setBoolean(++i, r.federalTaxInformationDisclosed());
				insert.setString(++i, r.sourceOutcomesJson());
				insert.setString(++i, r.detail());
				insert.setString(++i, r.prevHash());
				insert.setString(++i, r.hash());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	static Optional<Checkpoint> lastCheckpoint(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT seq, hash, signed_at, key_id, signature "
						+ "FROM audit_checkpoint ORDER BY seq DESC LIMIT 1")) {
			return rs.next() ? Optional.of(checkpoint(rs)) : Optional.empty();
		}
	}

	static void insertCheckpoint(Connection connection, Checkpoint checkpoint) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO audit_checkpoint (seq, hash, signed_at, key_id, signature) VALUES (?, ?, ?, ?, ?)")) {
			insert.setLong(1, checkpoint.seq());
			insert.setString(2, checkpoint.hash());
			insert.setObject(3, OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC));
			insert.setString(4, checkpoint.keyId());
			insert.setString(5, checkpoint.signature());
			insert.executeUpdate();
		}
	}

	static List<Checkpoint> checkpoints(Connection connection) throws SQLException {
		List<Checkpoint> checkpoints = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT seq, hash, signed_at, key_id, signature FROM audit_checkpoint ORDER BY seq")) {
			while (rs.next()) {
				checkpoints.add(checkpoint(rs));
			}
		}
		return checkpoints;
	}

	/**
	 * Reads a record row selected with {@link #COLUMNS}.
	 * @param rs the result set, positioned on a row
	 * @return the record exactly as stored
	 * @throws SQLException on a database error
	 */
	public static ChainedRecord read(ResultSet rs) throws SQLException {
		return new ChainedRecord(rs.getLong("seq"), rs.getObject("event_id", UUID.class), instant(rs, "occurred_at"),
				instant(rs, "recorded_at"), rs.getString("event_type"), rs.getString("outcome"),
				rs.getString("subject"), strings(rs, "roles"), rs.getString("client_id"),
				rs.getString("client_address"), rs.getString("purpose_of_use"), rs.getString("operation_name"),
				rs.getString("document_hash"), rs.getString("criteria"), strings(rs, "person_handles"),
				strings(rs, "agency_record_ids"), strings(rs, "person_keys"), strings(rs, "field_groups_disclosed"),
				strings(rs, "field_groups_withheld"), rs.getBoolean("family_violence_restricted"),
				rs.getBoolean("federal_tax_information"), rs.getString("source_outcomes"), rs.getString("detail"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static Checkpoint checkpoint(ResultSet rs) throws SQLException {
		return new Checkpoint(rs.getLong(1), rs.getString(2), instant(rs, 3), rs.getString(4), rs.getString(5));
	}

	private static Array array(Connection connection, List<String> values) throws SQLException {
		return connection.createArrayOf("varchar", values.toArray(new String[0]));
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		if (array == null) {
			return null;
		}
		Object[] values = (Object[]) array.getArray();
		List<String> strings = new ArrayList<>(values.length);
		for (Object value : values) {
			strings.add((value != null) ? value.toString() : null);
		}
		return strings;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
