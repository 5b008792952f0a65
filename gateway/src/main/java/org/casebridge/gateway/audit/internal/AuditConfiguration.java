package org.casebridge.gateway.audit.internal;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.casebridge.gateway.audit.AuditProperties;
import org.casebridge.gateway.audit.AuditRecords;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the trail to the application's DataSource and the checkpoint keys to their files.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

	@Bean
	SigningKeys auditSigningKeys(AuditProperties properties, Environment environment) {
		return SigningKeys.load(signingKeyPath(properties, environment), verifyKeyPath(properties, environment),
				properties.generateMissingKeys());
	}

	@Bean
	GroupCommitWriter auditTrail(DataSource dataSource, AuditProperties properties, SigningKeys keys) {
		GroupCommitWriter.WriterSettings settings = new GroupCommitWriter.WriterSettings(properties.commitTimeout(),
				properties.maxBatchSize(), properties.queueCapacity(), properties.checkpointEvery(),
				properties.checkpointInterval());
		return new GroupCommitWriter(dataSource, settings, keys.privateKey(), keys.keyId(), Clock.systemUTC());
	}

	@Bean
	PartitionMaintainer auditPartitionMaintainer(DataSource dataSource, AuditProperties properties) {
		return new PartitionMaintainer(dataSource, properties.partitionsAhead(), properties.retention(),
				properties.maintenanceInterval(), Clock.systemUTC());
	}

	@Bean
	AuditRecords auditRecords(DataSource dataSource) {
		return new TrailQueries(dataSource);
	}

	static Path signingKeyPath(AuditProperties properties, Environment environment) {
		return (properties.signingKey() != null) ? properties.signingKey()
				: keyDirectory(environment).resolve("audit-signing.pem");
	}

	static Path verifyKeyPath(AuditProperties properties, Environment environment) {
		return (properties.verifyKey() != null) ? properties.verifyKey()
				: keyDirectory(environment).resolve("audit-verify.pem");
	}

	private static Path keyDirectory(Environment environment) {
		return Path.of(environment.getProperty("casebridge.data-dir", ".demo-data"), "audit-keys");
	}

}
