package org.casebridge.gateway.audit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoint key pair the gateway signs with, loaded (or, for the demo, created) at
 * startup. A key that cannot be read fails the boot with the configuration key named.
 *
 * @param privateKey signs checkpoints
 * @param publicKey verifies them
 * @param keyId the public key's id, stored with each checkpoint
 */
public record SigningKeys(PrivateKey privateKey, PublicKey publicKey, String keyId) {

	private static final Logger logger = LoggerFactory.getLogger(SigningKeys.class);

	/** Configuration key of the private key file. */
	public static final String SIGNING_KEY_PROPERTY = "casebridge.audit.signing-key";

	/** Configuration key of the public key file. */
	public static final String VERIFY_KEY_PROPERTY = "casebridge.audit.verify-key";

	/**
	 * Loads the key pair, creating both files first if neither exists and that is
	 * allowed.
	 * @param signingKey the private key file
	 * @param verifyKey the public key file
	 * @param generateMissing whether to create missing keys
	 * @return the keys
	 */
	public static SigningKeys load(Path signingKey, Path verifyKey, boolean generateMissing) {
		boolean haveSigning = Files.exists(signingKey);
		boolean haveVerify = Files.exists(verifyKey);
		if (!haveSigning && !haveVerify && generateMissing) {
			logger.info("Creating a new audit checkpoint key pair in {}", signingKey.toAbsolutePath().getParent());
			AuditKeys.generate(signingKey, verifyKey);
		}
		else if (!haveSigning) {
			throw new IllegalStateException(SIGNING_KEY_PROPERTY + ": no Ed25519 private key at " + signingKey);
		}
		else if (!haveVerify) {
			throw new IllegalStateException(VERIFY_KEY_PROPERTY + ": no Ed25519 public key at " + verifyKey);
		}
		PrivateKey privateKey = AuditKeys.readPrivateKey(signingKey, SIGNING_KEY_PROPERTY);
		PublicKey publicKey = AuditKeys.readPublicKey(verifyKey, VERIFY_KEY_PROPERTY);
		SigningKeys keys = new SigningKeys(privateKey, publicKey, AuditKeys.keyId(publicKey));
		keys.checkPair();
		return keys;
	}

	private void checkPair() {
		Checkpoint probe = Checkpoint.sign(0, ChainedRecord.GENESIS, Instant.EPOCH, this.privateKey, this.keyId);
		if (!probe.verify(Map.of(this.keyId, this.publicKey))) {
			throw new IllegalStateException(VERIFY_KEY_PROPERTY + " does not match " + SIGNING_KEY_PROPERTY);
		}
	}

}
