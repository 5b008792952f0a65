package org.casebridge.demo.authserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The provider's RS256 signing key. Kept in the demo's data directory so that tokens
 * issued before a restart still verify against the JWK set served after it.
 */
final class SigningKey {

	static final String FILE_NAME = "signing-key.jwk.json";

	private SigningKey() {
	}

	static RSAKey loadOrCreate(@Nullable Path keyDir) {
		if (keyDir == null) {
			return generate();
		}
		Path file = keyDir.resolve(FILE_NAME);
		try {
			if (Files.exists(file)) {
				return RSAKey.parse(Files.readString(file));
			}
			RSAKey key = generate();
			Files.createDirectories(keyDir);
			Path written = Files.writeString(keyDir.resolve(FILE_NAME + ".tmp"), key.toJSONString());
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
			}
			Files.move(written, file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the demo signing key in " + keyDir, ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException(
					"The demo signing key " + file + " is unreadable; delete it or run the demo with --reset", ex);
		}
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate the demo signing key", ex);
		}
	}

}
