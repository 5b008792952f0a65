package org.casebridge.gateway.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * A throw-away database on the local PostgreSQL server, migrated with the gateway's own
 * migrations, so test classes never share state and may run in parallel.
 */
public final class TestDatabase implements AutoCloseable {

	public static final String HOST = "127.0.0.1";

	public static final int PORT = 5432;

	private final String name;

	private final List<HikariDataSource> pools = new ArrayList<>();

	private final HikariDataSource owner;

	private TestDatabase(String name) {
		this.name = name;
		this.owner = pool(url(HOST, PORT), (config) -> {
		});
	}

	public static TestDatabase create() {
		String name = "casebridge_audit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		admin("CREATE DATABASE " + name);
		TestDatabase database = new TestDatabase(name);
		Flyway.configure()
			.dataSource(database.owner)
			.locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
			.load()
			.migrate();
		return database;
	}

	String name() {
		return this.name;
	}

	public String url(String host, int port) {
		return "jdbc:postgresql://" + host + ":" + port + "/" + this.name;
	}

	/** Connections as the superuser that owns the schema. */
	public DataSource owner() {
		return this.owner;
	}

	/** Connections with the privileges of the application role only. */
	public DataSource appRole() {
		return pool(url(HOST, PORT), (config) -> config.setConnectionInitSql("SET ROLE casebridge_app"));
	}

	HikariDataSource pool(String url, Consumer<HikariConfig> customizer) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername("postgres");
		config.setMaximumPoolSize(8);
		// connections are opened on demand and given back when idle: test classes open
		// many pools, and the server's connection limit is shared by the whole suite
		config.setMinimumIdle(0);
		config.setIdleTimeout(10_000);
		config.setConnectionTimeout(1000);
		config.setValidationTimeout(500);
		config.setPoolName("audit-test-" + this.pools.size());
		customizer.accept(config);
		HikariDataSource pool = new HikariDataSource(config);
		this.pools.add(pool);
		return pool;
	}

	/**
	 * Runs statements as the owner with triggers off, as an intruder with superuser
	 * rights could.
	 */
	public void tamper(String... statements) throws SQLException {
		try (Connection connection = this.owner.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SET session_replication_role = replica");
			for (String sql : statements) {
				statement.execute(sql);
			}
			statement.execute("SET session_replication_role = DEFAULT");
		}
	}

	public long count(String sql) throws SQLException {
		try (Connection connection = this.owner.getConnection();
				Statement statement = connection.createStatement();
				var rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	@Override
	public void close() {
		this.pools.forEach(HikariDataSource::close);
		admin("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

	private static void admin(String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres",
				"postgres", ""); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " refused: " + sql, ex);
		}
	}

}
