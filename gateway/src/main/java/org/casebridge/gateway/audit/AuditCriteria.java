package org.casebridge.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.casebridge.gateway.disclosure.PersonKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns search criteria into keyed hashes for the audit trail. An auditor who knows an
 * SSN, a name or a date of birth (and has the key, through the gateway) can still find
 * the searches that used it, but the trail alone reveals none of them, and a plain
 * dictionary of all nine-digit numbers is useless without the key.
 * <p>
 * Each kind of value is hashed under its own label, so the same digits as an SSN and as a
 * date never produce the same hash, and values are normalised first so the same person
 * searched with different spacing or case gives the same hash.
 */
@Component
public class AuditCriteria {

	private static final Logger logger = LoggerFactory.getLogger(AuditCriteria.class);

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	@Autowired
	public AuditCriteria(AuditProperties properties) {
		this(properties.criteriaKey());
		if (AuditProperties.DEMO_CRITERIA_KEY.equals(properties.criteriaKey())) {
			logger.warn("casebridge.audit.criteria-key is the demo default; set a secret key outside the demo");
		}
	}

	AuditCriteria(String key) {
		this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * Keyed HMAC-SHA256 of an SSN.
	 * @param ssn9digits nine digits, dashes and spaces ignored
	 * @return lowercase hex
	 */
	public String hashSsn(String ssn9digits) {
		String digits = ssn9digits.replaceAll("[\\s-]", "");
		if (!digits.matches("\\d{9}")) {
			throw new IllegalArgumentException("an SSN has nine digits");
		}
		return hmac("ssn", digits);
	}

	/**
	 * Keyed HMAC-SHA256 of a name (given, middle, last or alias), normalised to NFKC,
	 * upper case and single spaces.
	 * @param name the name as searched
	 * @return lowercase hex
	 */
	public String hashName(String name) {
		String normalised = Normalizer.normalize(name, Normalizer.Form.NFKC)
			.trim()
			.replaceAll("\\s+", " ")
			.toUpperCase(Locale.ROOT);
		return hmac("name", normalised);
	}

	/**
	 * Keyed HMAC-SHA256 of a date of birth.
	 * @param dateOfBirth the date as searched
	 * @return lowercase hex
	 */
	public String hashDateOfBirth(LocalDate dateOfBirth) {
		return hmac("dob", dateOfBirth.toString());
	}

	/**
	 * The stable, private reference of one identity key of a person, as stored in every
	 * record's {@code person_keys}: the kind, then the first 128 bits of the keyed
	 * HMAC-SHA256 under that kind's label. Enough to find every access to a person;
	 * without the key it reveals nothing about them.
	 * @param key the identity key, already normalised
	 * @return e.g. {@code ssn:9f2c…} (32 hex characters after the kind)
	 */
	public String hashPersonKey(PersonKey key) {
		return key.kind() + ":" + hmac("person." + key.kind(), key.value()).substring(0, 32);
	}

	private String hmac(String label, String value) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			mac.update(label.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
