package org.casebridge.gateway.identity;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.Sex;

import org.springframework.stereotype.Component;

/**
 * Issues and opens person handles. A handle is the {@link PersonHandle} sealed with
 * AES-256-GCM under a key only the gateway holds: clients cannot read the agency ids or
 * identity keys inside, and any change to a handle makes it fail authentication, so links
 * cannot be forged and ids cannot be enumerated.
 */
@Component
public class PersonHandles {

	private static final byte VERSION = 1;

	private static final int NONCE_LENGTH = 12;

	private static final int TAG_BITS = 128;

	/** Far above any real handle; anything longer is refused before decryption. */
	private static final int MAX_HANDLE_LENGTH = 2048;

	private static final byte[] ASSOCIATED_DATA = "casebridge-person-handle".getBytes(StandardCharsets.US_ASCII);

	private final SecretKeySpec key;

	private final HandleProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	PersonHandles(HandleProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.key = new SecretKeySpec(sha256(properties.secret()), "AES");
	}

	public String issue(PersonHandle handle) {
		try {
			byte[] nonce = new byte[NONCE_LENGTH];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(ASSOCIATED_DATA);
			byte[] sealed = cipher.doFinal(serialize(handle));
			ByteBuffer out = ByteBuffer.allocate(1 + NONCE_LENGTH + sealed.length);
			out.put(VERSION).put(nonce).put(sealed);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("cannot seal a person handle", ex);
		}
	}

	/**
	 * Opens a handle issued by this deployment.
	 * @throws InvalidHandleException if the handle is malformed, altered, foreign or
	 * expired
	 */
	public PersonHandle open(String handle) {
		if (handle == null || handle.isEmpty() || handle.length() > MAX_HANDLE_LENGTH) {
			throw new InvalidHandleException();
		}
		try {
			byte[] raw = Base64.getUrlDecoder().decode(handle);
			if (raw.length < 1 + NONCE_LENGTH + TAG_BITS / 8 || raw[0] != VERSION) {
				throw new InvalidHandleException();
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, raw, 1, NONCE_LENGTH));
			cipher.updateAAD(ASSOCIATED_DATA);
			byte[] plain = cipher.doFinal(raw, 1 + NONCE_LENGTH, raw.length - 1 - NONCE_LENGTH);
			PersonHandle opened = deserialize(plain);
			Instant expires = opened.issuedAt().plus(this.properties.timeToLive());
			if (this.clock.instant().isAfter(expires)) {
				throw new InvalidHandleException();
			}
			return opened;
		}
		catch (GeneralSecurityException | IOException | IllegalArgumentException ex) {
			throw new InvalidHandleException();
		}
	}

	private static byte[] serialize(PersonHandle handle) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeLong(handle.issuedAt().toEpochMilli());
			out.writeByte(handle.records().size());
			for (Map.Entry<Source, String> entry : handle.records().entrySet()) {
				out.writeByte(entry.getKey().ordinal());
				out.writeUTF(entry.getValue());
			}
			writeOptional(out, handle.ssn());
			writeOptional(out, handle.firstName());
			writeOptional(out, handle.lastName());
			writeOptional(out, (handle.dateOfBirth() != null) ? handle.dateOfBirth().toString() : null);
			writeOptional(out, (handle.sex() != null) ? handle.sex().name() : null);
		}
		return bytes.toByteArray();
	}

	private static PersonHandle deserialize(byte[] plain) throws IOException {
		try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(plain))) {
			Instant issuedAt = Instant.ofEpochMilli(in.readLong());
			int count = in.readUnsignedByte();
			Map<Source, String> records = new EnumMap<>(Source.class);
			for (int i = 0; i < count; i++) {
				records.put(Source.values()[in.readUnsignedByte()], in.readUTF());
			}
			String ssn = readOptional(in);
			String first = readOptional(in);
			String last = readOptional(in);
			String dob = readOptional(in);
			String sex = (in.available() > 0) ? readOptional(in) : null;
			return new PersonHandle(records, ssn, first, last, (dob != null) ? LocalDate.parse(dob) : null, issuedAt,
					(sex != null) ? Sex.valueOf(sex) : null);
		}
		catch (ArrayIndexOutOfBoundsException | java.time.format.DateTimeParseException ex) {
			throw new IOException("malformed handle content", ex);
		}
	}

	private static void writeOptional(DataOutputStream out, String value) throws IOException {
		out.writeBoolean(value != null);
		if (value != null) {
			out.writeUTF(value);
		}
	}

	private static String readOptional(DataInputStream in) throws IOException {
		return in.readBoolean() ? in.readUTF() : null;
	}

	private static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
