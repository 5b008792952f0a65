package org.casebridge.gateway.audit.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * {@code casebridge audit verify}: replays the whole trail in the configured database and
 * checks every checkpoint signature with the public key. Prints
 * {@code OK: verified N records and M checkpoints} and exits 0, or
 * {@code BROKEN at seq N: reason} and exits 1; exits 2 if the trail cannot be read.
 * <p>
 * Arguments (each optional; defaults come from the same settings as the gateway: the
 * environment, such as {@code SPRING_DATASOURCE_URL}, then {@code application.yml}):
 * {@code --url=JDBC_URL} ({@code spring.datasource.url}), {@code --user=NAME}
 * ({@code spring.datasource.username}), {@code --password=SECRET}
 * ({@code spring.datasource.password}, better given as SPRING_DATASOURCE_PASSWORD),
 * {@code --verify-key=PATH[,PATH...]} ({@code casebridge.audit.verify-key}; several keys
 * after a key rotation), {@code --checkpoint-log=FILE[,FILE...]} (gateway logs holding
 * the checkpoint copies kept outside the database; optional). Any
 * {@code --property=value} is accepted too.
 */
public final class AuditVerifyCommand {

	private AuditVerifyCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out));
	}

	static int run(String[] args, PrintStream out) {
		StandardEnvironment environment = environment(args);
		String url = setting(environment, "url", "spring.datasource.url");
		String user = setting(environment, "user", "spring.datasource.username");
		String password = setting(environment, "password", "spring.datasource.password");
		String keys = setting(environment, "verify-key", SigningKeys.VERIFY_KEY_PROPERTY);
		if (keys == null) {
			keys = Path
				.of(environment.getProperty("casebridge.data-dir", ".demo-data"), "audit-keys", "audit-verify.pem")
				.toString();
		}
		if (url == null) {
			out.println("ERROR: no database: give --url or set spring.datasource.url");
			return 2;
		}
		try {
			Map<String, PublicKey> trusted = new LinkedHashMap<>();
			for (String path : keys.split(",")) {
				PublicKey key = AuditKeys.readPublicKey(Path.of(path.trim()), SigningKeys.VERIFY_KEY_PROPERTY);
				trusted.put(AuditKeys.keyId(key), key);
			}
			List<Checkpoint> copies = checkpointCopies(environment.getProperty("checkpoint-log"));
			try (Connection connection = DriverManager.getConnection(url, user, (password != null) ? password : "")) {
				TrailVerifier.Verdict verdict = TrailVerifier.verify(connection, trusted, copies);
				out.println(verdict.describe());
				return verdict.intact() ? 0 : 1;
			}
		}
		catch (SQLException ex) {
			out.println("ERROR: cannot read the audit trail (SQLState " + ex.getSQLState() + "): " + ex.getMessage());
			return 2;
		}
		catch (IllegalStateException ex) {
			out.println("ERROR: " + ex.getMessage());
			return 2;
		}
	}

	private static List<Checkpoint> checkpointCopies(String logs) {
		List<Checkpoint> copies = new ArrayList<>();
		if (logs == null) {
			return copies;
		}
		for (String log : logs.split(",")) {
			try (Stream<String> lines = Files.lines(Path.of(log.trim()))) {
				lines.map(Checkpoint::fromLogLine).flatMap(Optional::stream).forEach(copies::add);
			}
			catch (IOException | UncheckedIOException ex) {
				throw new IllegalStateException("--checkpoint-log: cannot read " + log.trim(), ex);
			}
		}
		return copies;
	}

	private static String setting(StandardEnvironment environment, String shortName, String property) {
		String value = environment.getProperty(shortName);
		return (value != null) ? value : environment.getProperty(property);
	}

	private static StandardEnvironment environment(String[] args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		Resource yaml = new ClassPathResource("application.yml");
		if (yaml.exists()) {
			try {
				List<org.springframework.core.env.PropertySource<?>> loaded = new YamlPropertySourceLoader()
					.load("application.yml", yaml);
				loaded.forEach(environment.getPropertySources()::addLast);
			}
			catch (IOException ex) {
				// no defaults from the file; arguments and environment still apply
			}
		}
		return environment;
	}

}
