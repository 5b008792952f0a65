package org.casebridge.demo.replicas;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casebridge.demo.replicas.Caseworkers.Answer;
import org.casebridge.demo.replicas.Caseworkers.Kind;
import org.casebridge.gateway.audit.AuditEvent;

/**
 * The replicas' throw-away PostgreSQL database, created as docs/operations.md
 * ("Database") says: the schema owned by a login role that runs the migrations, the
 * gateway a login role in {@code casebridge_app}. The test reads it as the superuser.
 */
final class ReplicaDatabase implements AutoCloseable {

	static final String OWNER_PASSWORD = "owner-secret";

	static final String GATEWAY_PASSWORD = "gateway-secret";

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private final String name;

	private final String owner;

	private final String gateway;

	private ReplicaDatabase(String suffix) {
		this.name = "casebridge_replicas_" + suffix;
		this.owner = "casebridge_flyway_" + suffix;
		this.gateway = "casebridge_gateway_" + suffix;
	}

	static ReplicaDatabase create() {
		ReplicaDatabase database = new ReplicaDatabase(UUID.randomUUID().toString().replace("-", "").substring(0, 10));
		admin("""
				DO $$
				BEGIN
				    CREATE ROLE casebridge_app NOLOGIN;
				EXCEPTION WHEN duplicate_object OR unique_violation THEN
				    NULL;
				END
				$$""");
		admin("CREATE ROLE " + database.owner + " LOGIN PASSWORD '" + OWNER_PASSWORD + "'");
		admin("CREATE ROLE " + database.gateway + " LOGIN PASSWORD '" + GATEWAY_PASSWORD + "' IN ROLE casebridge_app");
		admin("CREATE DATABASE " + database.name + " OWNER " + database.owner);
		return database;
	}

	String name() {
		return this.name;
	}

	String owner() {
		return this.owner;
	}

	String gateway() {
		return this.gateway;
	}

	/** The address the test (and the verifier) read it at, directly. */
	String url() {
		return SERVER + this.name;
	}

	long count(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * The answers with person data that have no audit record: a search by the fingerprint
	 * of the first handle it returned (handles are sealed afresh for every search), a
	 * view by the handle it opened — each view opens a handle of its own search's, so no
	 * two answers share a key.
	 */
	List<Answer> withoutRecord(List<Answer> answers) throws SQLException {
		Map<String, Integer> recorded = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT event_type, person_handles FROM audit_event "
						+ "WHERE event_type IN ('PERSON_SEARCH', 'PERSON_VIEW')")) {
			while (rows.next()) {
				Array handles = rows.getArray(2);
				for (Object handle : (Object[]) handles.getArray()) {
					recorded.merge(rows.getString(1) + " " + handle, 1, Integer::sum);
				}
			}
		}
		List<Answer> missing = new ArrayList<>();
		for (Answer answer : answers) {
			if (answer.handle() == null) {
				continue;
			}
			String key = ((answer.kind() == Kind.SEARCH) ? "PERSON_SEARCH " : "PERSON_VIEW ")
					+ AuditEvent.fingerprintHandle(answer.handle());
			if (recorded.getOrDefault(key, 0) > 0) {
				recorded.merge(key, -1, Integer::sum);
			}
			else {
				missing.add(answer);
			}
		}
		return missing;
	}

	@Override
	public void close() {
		admin("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
		admin("DROP ROLE IF EXISTS " + this.gateway);
		admin("DROP ROLE IF EXISTS " + this.owner);
	}

	private static void admin(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 refused: " + sql, ex);
		}
	}

}
