package org.casebridge.gateway.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed statement that the chain had the given hash at the given sequence number. A
 * verifier holding the public key can then tell that no record up to {@code seq} changed,
 * and that the trail was not cut short before {@code seq}.
 *
 * @param seq the last record covered
 * @param hash that record's hash
 * @param signedAt when the checkpoint was signed
 * @param keyId which key signed it, see {@link AuditKeys#keyId(PublicKey)}
 * @param signature base64 Ed25519 signature over seq, hash, signedAt and keyId
 */
record Checkpoint(long seq, String hash, Instant signedAt, String keyId, String signature) {

	private static final Pattern LOG_LINE = Pattern
		.compile("Audit checkpoint seq=(\\d+) hash=([0-9a-f]{64}) signedAt=(\\S+) keyId=(\\S+) signature=(\\S+)");

	/**
	 * Reads a checkpoint from a gateway log line, the copy kept outside the database.
	 * @param line any log line
	 * @return the checkpoint, if the line holds one
	 */
	public static Optional<Checkpoint> fromLogLine(String line) {
		Matcher matcher = LOG_LINE.matcher(line);
		if (!matcher.find()) {
			return Optional.empty();
		}
		return Optional.of(new Checkpoint(Long.parseLong(matcher.group(1)), matcher.group(2),
				Instant.parse(matcher.group(3)), matcher.group(4), matcher.group(5)));
	}

	/** The form {@link #fromLogLine(String)} reads. */
	String logLine() {
		return "Audit checkpoint seq=" + this.seq + " hash=" + this.hash + " signedAt=" + this.signedAt + " keyId="
				+ this.keyId + " signature=" + this.signature;
	}

	static Checkpoint sign(long seq, String hash, Instant signedAt, PrivateKey key, String keyId) {
		Instant at = ChainedRecord.micros(signedAt);
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(key);
			signer.update(payload(seq, hash, at, keyId));
			return new Checkpoint(seq, hash, at, keyId, Base64.getEncoder().encodeToString(signer.sign()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign audit checkpoint", ex);
		}
	}

	/**
	 * Whether the signature is valid under the key named by {@code keyId}.
	 * @param keys the trusted public keys by key id
	 * @return true if a trusted key signed exactly this checkpoint
	 */
	boolean verify(Map<String, PublicKey> keys) {
		PublicKey key = keys.get(this.keyId);
		if (key == null || this.signature == null) {
			return false;
		}
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(key);
			verifier.update(payload(this.seq, this.hash, this.signedAt, this.keyId));
			return verifier.verify(Base64.getDecoder().decode(this.signature));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static byte[] payload(long seq, String hash, Instant signedAt, String keyId) {
		return ("casebridge-audit-checkpoint/v1|" + seq + "|" + hash + "|" + signedAt + "|" + keyId)
			.getBytes(StandardCharsets.UTF_8);
	}

}
