package org.casebridge.gateway.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The searches behind the auditors' questions: who accessed a person, what a user or
 * integrator accessed, which disclosures included a field group of a person, and which
 * denials and failed logins a user had, each within a bounded period.
 */
public final class TrailQueries {

	private final DataSource dataSource;

	public TrailQueries(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Records matching the filter, newest first.
	 * @param filter what to match
	 * @param beforeSeq only records with a smaller seq (the page cursor), or {@code null}
	 * @param limit the most records to return
	 * @return the records
	 */
	public List<ChainedRecord> find(Filter filter, Long beforeSeq, int limit) {
		return run((connection) -> {
			Where where = where(filter, TrailStore.isPostgres(connection));
			if (beforeSeq != null) {
				where.and("seq < ?", beforeSeq);
			}
			String sql = "SELECT " + TrailStore.COLUMNS + " FROM audit_event" + where.sql()
					+ " ORDER BY seq DESC LIMIT " + limit;
			List<ChainedRecord> records = new ArrayList<>();
			try (PreparedStatement query = where.prepare(connection, sql); ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					records.add(TrailStore.read(rs));
				}
			}
			return records;
		});
	}

	/**
	 * Who (subject and client) had matching records, how many and when, most active
	 * first.
	 * @param filter what to match
	 * @param limit the most rows to return
	 * @return one row per subject and client
	 */
	public List<AccessSummary> summarize(Filter filter, int limit) {
		return run((connection) -> {
			Where where = where(filter, TrailStore.isPostgres(connection));
			String sql = "SELECT subject, client_id, count(*) AS events, min(occurred_at) AS first_at, "
					+ "max(occurred_at) AS last_at FROM audit_event" + where.sql()
					+ " GROUP BY subject, client_id ORDER BY events DESC, subject LIMIT " + limit;
			List<AccessSummary> rows = new ArrayList<>();
			try (PreparedStatement query = where.prepare(connection, sql); ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					rows.add(new AccessSummary(rs.getString("subject"), rs.getString("client_id"), rs.getLong("events"),
							rs.getObject("first_at", OffsetDateTime.class).toInstant(),
							rs.getObject("last_at", OffsetDateTime.class).toInstant()));
				}
			}
			return rows;
		});
	}

	private static Where where(Filter filter, boolean postgres) {
		Where where = new Where();
		where.and("occurred_at >= ?", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
		where.and("occurred_at < ?", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
		if (filter.personHandle() != null) {
			where.and(postgres ? "person_handles @> ARRAY[?]::text[]" : "ARRAY_CONTAINS(person_handles, ?)",
					filter.personHandle());
		}
		if (filter.fieldGroup() != null) {
			where.and(postgres ? "field_groups_disclosed @> ARRAY[?]::text[]"
					: "ARRAY_CONTAINS(field_groups_disclosed, ?)", filter.fieldGroup());
		}
		if (filter.subject() != null) {
			where.and("subject = ?", filter.subject());
		}
		if (filter.clientId() != null) {
			where.and("client_id = ?", filter.clientId());
		}
		where.in("event_type", filter.types());
		where.in("outcome", filter.outcomes());
		return where;
	}

	private <T> T run(SqlWork<T> work) {
		try (Connection connection = this.dataSource.getConnection()) {
			return work.run(connection);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("audit trail query failed (SQLState " + ex.getSQLState() + ")",
					ex);
		}
	}

	private interface SqlWork<T> {

		T run(Connection connection) throws SQLException;

	}

	/**
	 * What to match; {@code null} or empty means "any".
	 *
	 * @param from start of the period (inclusive)
	 * @param to end of the period (exclusive)
	 * @param personHandle a person returned by the operation
	 * @param subject the user or client that acted
	 * @param clientId the integrator client or {@code ui-session}
	 * @param fieldGroup a field group that was disclosed
	 * @param types event types
	 * @param outcomes outcomes
	 */
	public record Filter(Instant from, Instant to, String personHandle, String subject, String clientId,
			String fieldGroup, List<String> types, List<String> outcomes) {

	}

	/**
	 * One subject and client with matching records.
	 *
	 * @param subject the user or client
	 * @param clientId the client
	 * @param events how many records
	 * @param firstAt the earliest
	 * @param lastAt the latest
	 */
	public record AccessSummary(String subject, String clientId, long events, Instant firstAt, Instant lastAt) {

	}

	private static final class Where {

		private final StringBuilder sql = new StringBuilder();

		private final List<Object> values = new ArrayList<>();

		void and(String condition, Object value) {
			this.sql.append(this.sql.isEmpty() ? " WHERE " : " AND ").append(condition);
			this.values.add(value);
		}

		void in(String column, List<String> options) {
			if (options == null || options.isEmpty()) {
				return;
			}
			this.sql.append(this.sql.isEmpty() ? " WHERE " : " AND ")
				.append(column)
				.append(" IN (")
				.append(String.join(", ", Collections.nCopies(options.size(), "?")))
				.append(')');
			this.values.addAll(options);
		}

		String sql() {
			return this.sql.toString();
		}

		PreparedStatement prepare(Connection connection, String statement) throws SQLException {
			PreparedStatement prepared = connection.prepareStatement(statement);
			for (int i = 0; i < this.values.size(); i++) {
				prepared.setObject(i + 1, this.values.get(i));
			}
			return prepared;
		}

	}

}
