package org.casebridge.connector.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a change in an agency's feed was signed by the agency: HMAC-SHA256, under
 * the key the agency shares with CaseBridge, over the change's fields as the agency sent
 * them, joined by line feeds (absent fields as empty lines), Base64-encoded. Each
 * agency's connector says which fields, in which order.
 */
public final class ChangeSignatures {

	private final byte[] key;

	private ChangeSignatures(byte[] key) {
		this.key = key;
	}

	/**
	 * @param key the agency's event key; at least 32 characters
	 * @throws IllegalArgumentException when the key is missing or short
	 */
	public static ChangeSignatures withKey(String key) {
		if (key == null || key.length() < 32) {
			throw new IllegalArgumentException("an event key of at least 32 characters is required");
		}
		return new ChangeSignatures(key.getBytes(StandardCharsets.UTF_8));
	}

	/** Whether {@code signature} is the agency's signature of {@code fields}. */
	public boolean verifies(String signature, String... fields) {
		if (signature == null || signature.isEmpty()) {
			return false;
		}
		byte[] given;
		try {
			given = Base64.getDecoder().decode(signature);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(given, sign(fields));
	}

	private byte[] sign(String... fields) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				text.append('\n');
			}
			text.append((fields[i] != null) ? fields[i] : "");
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
