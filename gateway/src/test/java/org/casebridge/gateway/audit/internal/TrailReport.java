package org.casebridge.gateway.audit.internal;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The verifier's verdict on a trail, for tests outside this package.
 *
 * @param intact whether every record and checkpoint verified
 * @param describe the verdict in one line, as the verify command prints it
 */
public record TrailReport(boolean intact, String describe) {

	/**
	 * Verifies the trail in a database under the given keys.
	 * @param dataSource the database
	 * @param keys the signing keys whose public half is trusted
	 * @return the verdict
	 * @throws SQLException if the trail cannot be read
	 */
	public static TrailReport of(DataSource dataSource, SigningKeys keys) throws SQLException {
		Map<String, PublicKey> trusted = Map.of(keys.keyId(), keys.publicKey());
		try (Connection connection = dataSource.getConnection()) {
			TrailVerifier.Verdict verdict = TrailVerifier.verify(connection, trusted);
			return new TrailReport(verdict.intact(), verdict.describe());
		}
	}

}
