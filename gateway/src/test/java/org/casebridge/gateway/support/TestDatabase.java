package org.casebridge.gateway.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the real local PostgreSQL server, dropped when the JVM exits, so
 * test runs never see each other's data.
 */
public final class TestDatabase {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	public static final String USER = "postgres";

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
