package org.casebridge.gateway.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key files that sign and verify checkpoints. They live outside the database
 * on purpose: whoever can rewrite the tables still cannot sign a checkpoint.
 */
final class AuditKeys {

	private static final String ALGORITHM = "Ed25519";

	private AuditKeys() {
	}

	/**
	 * Reads a private key, naming the configuration key in any failure.
	 * @param path the PKCS#8 PEM file
	 * @param property the configuration key that named the file
	 * @return the key
	 */
	public static PrivateKey readPrivateKey(Path path, String property) {
		try {
			byte[] der = pem(Files.readString(path, StandardCharsets.US_ASCII), "PRIVATE KEY");
			return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
		}
		catch (IOException | GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException(property + ": cannot read an Ed25519 private key (PKCS#8 PEM) from " + path,
					ex);
		}
	}

	/**
	 * Reads a public key, naming the configuration key in any failure.
	 * @param path the X.509 PEM file
	 * @param property the configuration key that named the file
	 * @return the key
	 */
	public static PublicKey readPublicKey(Path path, String property) {
		try {
			byte[] der = pem(Files.readString(path, StandardCharsets.US_ASCII), "PUBLIC KEY");
			return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
		}
		catch (IOException | GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException(property + ": cannot read an Ed25519 public key (X.509 PEM) from " + path,
					ex);
		}
	}

	/**
	 * Creates a new key pair and writes it, the private key readable by its owner only.
	 * @param signingKey where to write the private key
	 * @param verifyKey where to write the public key
	 */
	public static void generate(Path signingKey, Path verifyKey) {
		try {
			KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
			createParent(signingKey);
			createParent(verifyKey);
			Files.writeString(signingKey, toPem("PRIVATE KEY", pair.getPrivate().getEncoded()));
			restrictToOwner(signingKey);
			Files.writeString(verifyKey, toPem("PUBLIC KEY", pair.getPublic().getEncoded()));
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("cannot write audit keys to " + signingKey.getParent(), ex);
		}
	}

	/**
	 * A short, stable name for a public key, stored with each checkpoint so keys can be
	 * rotated.
	 * @param key the public key
	 * @return 16 hex characters
	 */
	public static String keyId(PublicKey key) {
		return ChainedRecord.sha256(Base64.getEncoder().encodeToString(key.getEncoded())).substring(0, 16);
	}

	private static byte[] pem(String text, String label) {
		String begin = "-----BEGIN " + label + "-----";
		String end = "-----END " + label + "-----";
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		if (from < 0 || to < from) {
			throw new IllegalArgumentException("not a PEM " + label);
		}
		return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
	}

	private static String toPem(String label, byte[] der) {
		return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + label + "-----\n";
	}

	private static void createParent(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the deployment must protect the file itself
		}
	}

}
