package org.casebridge.gateway.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the real local PostgreSQL server, dropped when the JVM exits, so
 * test runs never see each other's data; and login roles that hold nothing but membership
 * of {@code casebridge_app}, as the gateway connects in production (docs/audit.md,
 * "Database roles").
 */
public final class TestDatabase {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	public static final String USER = "postgres";

	/** The role the migrations grant the gateway's privileges to (V21, V22). */
	public static final String APP_ROLE = "casebridge_app";

	private TestDatabase() {
	}

	/** Creates a database and returns its JDBC URL. */
	public static String create(String prefix) {
		String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("CREATE DATABASE " + name);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
			catch (RuntimeException ex) {
				// the server may already be gone; nothing to clean then
			}
		}));
		return SERVER + name;
	}

	/**
	 * Creates a login role that is a member of {@link #APP_ROLE} and nothing else, and
	 * returns its name; it is dropped when the JVM exits. Roles are cluster-wide, so the
	 * name is unique to this run.
	 */
	public static String createAppLogin(String prefix) {
		String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		// the migrations create the group role too; whoever is first wins, concurrently
		execute("""
				DO $$
				BEGIN
				    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casebridge_app') THEN
				        BEGIN
				            CREATE ROLE casebridge_app NOLOGIN;
				        EXCEPTION WHEN duplicate_object OR unique_violation THEN
				            NULL;
				        END;
				    END IF;
				END
				$$""");
		execute("CREATE ROLE " + name + " LOGIN IN ROLE " + APP_ROLE);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				// a role holding only a membership may be dropped while it is still
				// connected
				execute("DROP ROLE IF EXISTS " + name);
			}
			catch (RuntimeException ex) {
				// the server may already be gone; nothing to clean then
			}
		}));
		return name;
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for this test: " + ex.getMessage(),
					ex);
		}
	}

}
