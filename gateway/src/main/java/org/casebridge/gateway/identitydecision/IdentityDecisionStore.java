package org.casebridge.gateway.identitydecision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.casebridge.gateway.identity.RecordDecisions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The decisions and their reversals, in the database every replica shares. Rows are only
 * ever added (in PostgreSQL a trigger refuses any change or removal): a decision is in
 * force while it has no reversal.
 */
@Repository
class IdentityDecisionStore {

	private static final String IN_FORCE = "NOT EXISTS (SELECT 1 FROM identity_decision_reversal v"
			+ " WHERE v.decision_id = d.id)";

	private final JdbcClient jdbc;

	IdentityDecisionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(IdentityDecision decision, List<String> roles) {
		this.jdbc
			.sql("INSERT INTO identity_decision (id, decision, reason, decided_by, decided_roles, purpose, decided_at)"
					+ " VALUES (:id, :decision, :reason, :by, :roles, :purpose, :at)")
			.param("id", decision.id())
			.param("decision", decision.decision().name())
			.param("reason", decision.reason())
			.param("by", decision.decidedBy())
			.param("roles", truncate(String.join(",", roles), 200))
			.param("purpose", decision.purpose())
			.param("at", Timestamp.from(decision.decidedAt()))
			.update();
		insertSide(decision.id(), "A", decision.records());
		insertSide(decision.id(), "B", decision.otherRecords());
	}

	private void insertSide(String id, String side, List<IdentityDecision.RecordRef> records) {
		for (IdentityDecision.RecordRef record : records) {
			this.jdbc
				.sql("INSERT INTO identity_decision_record (decision_id, side, record_key) VALUES (:id, :side, :key)")
				.param("id", id)
				.param("side", side)
				.param("key", record.key())
				.update();
		}
	}

	/** Records the reversal; a decision already reversed fails on the primary key. */
	void reverse(String id, String reason, String by, Instant at) {
		this.jdbc
			.sql("INSERT INTO identity_decision_reversal (decision_id, reason, reversed_by, reversed_at)"
					+ " VALUES (:id, :reason, :by, :at)")
			.param("id", id)
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<IdentityDecision> find(String id) {
		return decisions("d.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** Every decision, in force or reversed, about any of the records; newest first. */
	List<IdentityDecision> about(Collection<String> recordKeys) {
		if (recordKeys.isEmpty()) {
			return List.of();
		}
		return decisions("d.id IN (SELECT decision_id FROM identity_decision_record WHERE record_key IN (:keys))",
				Map.of("keys", List.copyOf(recordKeys)));
	}

	/** The decisions in force about any of the records, as the resolver applies them. */
	List<RecordDecisions.Decided> inForceAmong(Collection<String> recordKeys) {
		if (recordKeys.isEmpty()) {
			return List.of();
		}
		Map<String, Sides> sides = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT d.id, d.decision, r.side, r.record_key FROM identity_decision d"
					+ " JOIN identity_decision_record r ON r.decision_id = d.id"
					+ " WHERE d.id IN (SELECT decision_id FROM identity_decision_record WHERE record_key IN (:keys))"
					+ " AND " + IN_FORCE)
			.param("keys", List.copyOf(recordKeys))
			.query((rs) -> {
				Sides of = sides.computeIfAbsent(rs.getString("id"),
						(id) -> new Sides(sameKind(rs), new TreeSet<>(), new TreeSet<>()));
				("A".equals(rs.getString("side")) ? of.side : of.other).add(rs.getString("record_key"));
			});
		List<RecordDecisions.Decided> decided = new ArrayList<>();
		sides.forEach((id, of) -> decided.add(new RecordDecisions.Decided(id, of.same, of.side, of.other)));
		return decided;
	}

	private static boolean sameKind(ResultSet rs) {
		try {
			return IdentityDecisionKind.SAME_PERSON.name().equals(rs.getString("decision"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<IdentityDecision> decisions(String where, Map<String, ?> params) {
		List<Row> rows = this.jdbc
			.sql("SELECT d.id, d.decision, d.reason, d.decided_by, d.purpose, d.decided_at,"
					+ " v.reason AS reversal_reason, v.reversed_by, v.reversed_at FROM identity_decision d"
					+ " LEFT JOIN identity_decision_reversal v ON v.decision_id = d.id WHERE " + where
					+ " ORDER BY d.decided_at DESC, d.id")
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, Sides> sides = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT decision_id, side, record_key FROM identity_decision_record WHERE decision_id IN (:ids)"
					+ " ORDER BY record_key")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs) -> {
				Sides of = sides.computeIfAbsent(rs.getString("decision_id"),
						(id) -> new Sides(false, new TreeSet<>(), new TreeSet<>()));
				("A".equals(rs.getString("side")) ? of.side : of.other).add(rs.getString("record_key"));
			});
		List<IdentityDecision> decisions = new ArrayList<>();
		for (Row row : rows) {
			Sides of = sides.getOrDefault(row.id(), new Sides(false, Set.of(), Set.of()));
			decisions.add(new IdentityDecision(row.id(), row.decision(),
					of.side.stream().map(IdentityDecision.RecordRef::of).toList(),
					of.other.stream().map(IdentityDecision.RecordRef::of).toList(), row.reason(), row.decidedBy(),
					row.decidedAt(), row.purpose(), row.reversal()));
		}
		return decisions;
	}

	private static Row row(ResultSet rs) throws SQLException {
		Timestamp reversedAt = rs.getTimestamp("reversed_at");
		IdentityDecision.Reversal reversal = (reversedAt != null) ? new IdentityDecision.Reversal(
				rs.getString("reversal_reason"), rs.getString("reversed_by"), reversedAt.toInstant()) : null;
		return new Row(rs.getString("id"), IdentityDecisionKind.valueOf(rs.getString("decision")),
				rs.getString("reason"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant(),
				rs.getString("purpose"), reversal);
	}

	private static String truncate(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

	private record Row(String id, IdentityDecisionKind decision, String reason, String decidedBy, Instant decidedAt,
			String purpose, IdentityDecision.Reversal reversal) {

	}

	private record Sides(boolean same, Set<String> side, Set<String> other) {

	}

}
