package org.casebridge.gateway.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.casebridge.gateway.audit.AuditRecords;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The searches behind the auditors' questions: who accessed a person, what a user or
 * integrator accessed, which disclosures included a field group of a person, and which
 * denials and failed logins a user had, each within a bounded period.
 */
final class TrailQueries implements AuditRecords {

	private static final Duration CLOCK_MARGIN = Duration.ofDays(1);

	private static final String AUDIT_QUERY = "AUDIT_QUERY";

	private final DataSource dataSource;

	TrailQueries(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public List<Recorded> find(Search filter, Long beforeSeq, int limit) {
		return run((connection) -> {
			boolean postgres = TrailStore.isPostgres(connection);
			Where where = where(filter, postgres);
			if (beforeSeq != null) {
				where.and("seq < ?", beforeSeq);
			}
			String sql = "SELECT " + TrailStore.COLUMNS + " FROM audit_event" + where.sql()
					+ " ORDER BY seq DESC LIMIT " + limit;
			if (postgres && filter.personKeys() != null) {
				// a person's records are few among many: find them through the person-key
				// index first, then order them, rather than walk the whole trail
				// backwards
				// by seq hoping to meet them
				sql = "WITH person_records AS MATERIALIZED (SELECT " + TrailStore.COLUMNS + " FROM audit_event"
						+ where.sql() + ") SELECT * FROM person_records ORDER BY seq DESC LIMIT " + limit;
			}
			List<Recorded> records = new ArrayList<>();
			try (PreparedStatement query = where.prepare(connection, sql); ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					records.add(recorded(TrailStore.read(rs)));
				}
			}
			return records;
		});
	}

	@Override
	public List<AccessSummary> summarize(Search filter, int limit) {
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

	private static Recorded recorded(ChainedRecord r) {
		return new Recorded(r.seq(), r.eventId(), r.occurredAt(), r.recordedAt(), r.type(), r.outcome(), r.subject(),
				r.roles(), r.clientId(), r.clientAddress(), r.purposeOfUse(), r.operationName(), r.documentHash(),
				r.criteriaJson(), r.personHandles(), r.agencyRecordIds(), r.fieldGroupsDisclosed(),
				r.fieldGroupsWithheld(), r.familyViolenceRestricted(), r.federalTaxInformationDisclosed(),
				r.sourceOutcomesJson(), r.detail(), r.hash());
	}

	private static Where where(Search filter, boolean postgres) {
		Where where = new Where();
		where.and("occurred_at >= ?", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
		where.and("occurred_at < ?", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
		if (postgres) {
			// a record is committed within seconds of the operation: the partition key
			// bounds
			// the months read (a day's margin for clocks that differ between replicas)
			where.and("recorded_at >= ?", OffsetDateTime.ofInstant(filter.from().minus(CLOCK_MARGIN), ZoneOffset.UTC));
			where.and("recorded_at < ?", OffsetDateTime.ofInstant(filter.to().plus(CLOCK_MARGIN), ZoneOffset.UTC));
		}
		if (filter.personKeys() != null) {
			if (postgres) {
				where.and("person_keys && ?", filter.personKeys().toArray(new String[0]));
			}
			else {
				where.anyOf("ARRAY_CONTAINS(person_keys, ?)", filter.personKeys());
			}
			// the auditors' own questions name the person too; they are never an access
			// to them
			where.notEqual("event_type", AUDIT_QUERY);
		}
		if (filter.fieldGroup() != null) {
			// in full or masked
			List<String> groups = List.of(filter.fieldGroup(), filter.fieldGroup() + ":masked");
			if (postgres) {
				where.and("field_groups_disclosed && ?", groups.toArray(new String[0]));
			}
			else {
				where.anyOf("ARRAY_CONTAINS(field_groups_disclosed, ?)", groups);
			}
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

	private static final class Where {

		private final StringBuilder sql = new StringBuilder();

		private final List<Object> values = new ArrayList<>();

		void and(String condition, Object value) {
			this.sql.append(this.sql.isEmpty() ? " WHERE " : " AND ").append(condition);
			this.values.add(value);
		}

		void anyOf(String condition, List<String> values) {
			if (values.isEmpty()) {
				this.sql.append(this.sql.isEmpty() ? " WHERE " : " AND ").append("FALSE");
				return;
			}
			this.sql.append(this.sql.isEmpty() ? " WHERE " : " AND ")
				.append('(')
				.append(String.join(" OR ", Collections.nCopies(values.size(), condition)))
				.append(')');
			this.values.addAll(values);
		}

		void notEqual(String column, String value) {
			and(column + " <> ?", value);
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
				Object value = this.values.get(i);
				if (value instanceof String[] array) {
					prepared.setArray(i + 1, connection.createArrayOf("text", array));
				}
				else {
					prepared.setObject(i + 1, value);
				}
			}
			return prepared;
		}

	}

}
