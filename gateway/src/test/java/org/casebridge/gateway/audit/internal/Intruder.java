package org.casebridge.gateway.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What an intruder who knows the record format could do: forge well-formed, correctly
 * hashed records and write them directly into the tables.
 */
public final class Intruder {

	private Intruder() {
	}

	public static ChainedRecord seal(ChainedRecord record) {
		return record.withHash(record.computeHash());
	}

	public static ChainedRecord read(Connection connection, long seq) throws SQLException {
		try (java.sql.PreparedStatement query = connection
			.prepareStatement("SELECT " + TrailStore.COLUMNS + " FROM audit_event WHERE seq = ?")) {
			query.setLong(1, seq);
			try (java.sql.ResultSet rs = query.executeQuery()) {
				return rs.next() ? TrailStore.read(rs) : null;
			}
		}
	}

	public static void insert(Connection connection, ChainedRecord record) throws SQLException {
		TrailStore.insert(connection, List.of(record));
	}

}
