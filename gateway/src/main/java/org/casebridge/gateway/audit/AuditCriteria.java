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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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

	private static final Log logger = LogFactory.getLog(AuditCriteria.class);

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
