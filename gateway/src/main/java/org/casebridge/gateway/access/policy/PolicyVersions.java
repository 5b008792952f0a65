package org.casebridge.gateway.access.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored versions of the policy, in {@code access_policy_version}. Versions are only
 * inserted; two editors racing for the same version number are told apart by the primary
 * key.
 */
@Repository
class PolicyVersions {

	private static final String COLUMNS = "version, changed_at, changed_by, reason, summary, rollback_of";

	private final JdbcClient jdbc;

	PolicyVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest version number, or 0 when no policy was ever stored. */
	long latestVersion() {
		return this.jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM access_policy_version").query(Long.class).single();
	}

	Optional<Stored> find(long version) {
		return this.jdbc.sql("SELECT " + COLUMNS + ", document FROM access_policy_version WHERE version = :version")
			.param("version", version)
			.query((rs, row) -> new Stored(version(rs), rs.getString("document")))
			.optional();
	}

	/** Newest first, at most {@code limit}, older than {@code before} if given. */
	List<PolicyVersion> history(int limit, Long before) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM access_policy_version WHERE version < :before ORDER BY version DESC"
					+ " LIMIT :limit")
			.param("before", (before != null) ? before : Long.MAX_VALUE)
			.param("limit", limit)
			.query((rs, row) -> version(rs))
			.list();
	}

	/**
	 * Stores a new version.
	 * @throws org.springframework.dao.DuplicateKeyException if another editor stored that
	 * version first
	 */
	void insert(PolicyVersion version, String document) {
		this.jdbc.sql("INSERT INTO access_policy_version (" + COLUMNS
				+ ", document) VALUES (:version, :changedAt, :changedBy, :reason, :summary, :rollbackOf, :document)")
			.param("version", version.version())
			.param("changedAt", Timestamp.from(version.changedAt()))
			.param("changedBy", version.changedBy())
			.param("reason", version.reason())
			.param("summary", String.join("\n", version.summary()))
			.param("rollbackOf", version.rollbackOf())
			.param("document", document)
			.update();
	}

	private static PolicyVersion version(ResultSet rs) throws SQLException {
		long rollbackOf = rs.getLong("rollback_of");
		Long rollback = rs.wasNull() ? null : rollbackOf;
		String summary = rs.getString("summary");
		Instant changedAt = rs.getTimestamp("changed_at").toInstant();
		return new PolicyVersion(rs.getLong("version"), changedAt, rs.getString("changed_by"), rs.getString("reason"),
				summary.isEmpty() ? List.of() : Arrays.asList(summary.split("\n")), rollback);
	}

	/** A stored version with its document, as JSON. */
	record Stored(PolicyVersion version, String document) {
	}

}
