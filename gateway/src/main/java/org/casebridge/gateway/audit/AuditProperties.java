package org.casebridge.gateway.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the audit trail ({@code casebridge.audit.*}).
 *
 * @param commitTimeout how long a request waits for its record to be committed before it
 * fails closed
 * @param maxBatchSize the most records one group-commit transaction writes
 * @param queueCapacity the most records waiting to be written; beyond it requests fail
 * closed at once
 * @param checkpointEvery sign a checkpoint at least every this many records
 * @param checkpointInterval and at least this often while records keep arriving
 * @param retention how long records stay in the live table before their monthly partition
 * is detached for archiving
 * @param partitionsAhead how many future monthly partitions to keep ready
 * @param maintenanceInterval how often to create partitions and apply retention
 * @param signingKey the Ed25519 private key (PKCS#8 PEM) that signs checkpoints; default
 * {@code ${casebridge.data-dir}/audit-keys/audit-signing.pem}
 * @param verifyKey the matching public key (X.509 PEM); default next to the signing key
 * @param generateMissingKeys create both keys when neither file exists (the demo); set to
 * {@code false} in production so a missing key fails the boot
 * @param criteriaKey the HMAC key for search criteria (see {@link AuditCriteria})
 */
@ConfigurationProperties(prefix = "casebridge.audit")
@Validated
public record AuditProperties(@DefaultValue("2s") @NotNull Duration commitTimeout,
		@DefaultValue("500") @Min(1) @Max(10_000) int maxBatchSize, @DefaultValue("10000") @Min(1) int queueCapacity,
		@DefaultValue("500") @Min(1) int checkpointEvery, @DefaultValue("10s") @NotNull Duration checkpointInterval,
		@DefaultValue("P7Y") @NotNull Period retention, @DefaultValue("3") @Min(1) @Max(24) int partitionsAhead,
		@DefaultValue("6h") @NotNull Duration maintenanceInterval, Path signingKey, Path verifyKey,
		@DefaultValue("true") boolean generateMissingKeys,
		@DefaultValue("casebridge-demo-criteria-key-change-me") @Size(min = 16) String criteriaKey) {

	/** The criteria key shipped for the demo; production must replace it. */
	public static final String DEMO_CRITERIA_KEY = "casebridge-demo-criteria-key-change-me";

	/**
	 * Settings with every default, for tools and tests that run outside Spring.
	 * @return the defaults
	 */
	public static AuditProperties defaults() {
		return new AuditProperties(Duration.ofSeconds(2), 500, 10_000, 500, Duration.ofSeconds(10), Period.ofYears(7),
				3, Duration.ofHours(6), null, null, true, DEMO_CRITERIA_KEY);
	}

}
