package org.casebridge.gateway.audit;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.casebridge.gateway.audit.internal.SigningKeys;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings are checked at startup: a key that is missing or unreadable fails the boot
 * with the configuration key named; the demo creates its keys on first start.
 */
class AuditConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(TheTrailsOwnConfiguration.class, AuditCriteria.class, AuthenticationFailureAuditor.class,
				RefusalSummaries.class, AuditRequestInterceptor.class)
		.withBean(DataSource.class, SimpleDriverDataSource::new);

	@Test
	void demoCreatesItsKeysUnderTheDataDirectoryOnFirstStart() {
		Path dataDir = TestTrail.temporaryFolder();
		this.runner.withPropertyValues("casebridge.data-dir=" + dataDir).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(AuditTrail.class).hasSingleBean(AuditCriteria.class);
			assertThat(dataDir.resolve("audit-keys/audit-signing.pem")).exists();
			assertThat(dataDir.resolve("audit-keys/audit-verify.pem")).exists();
			assertThat(Files.getPosixFilePermissions(dataDir.resolve("audit-keys/audit-signing.pem"))).hasSize(2);
		});
	}

	@Test
	void missingKeyFailsTheBootNamingTheSettingWhenGenerationIsOff() {
		this.runner.withPropertyValues("casebridge.audit.signing-key=/nonexistent/signing.pem",
				"casebridge.audit.verify-key=/nonexistent/verify.pem", "casebridge.audit.generate-missing-keys=false")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("casebridge.audit.signing-key"));
	}

	@Test
	void unreadableKeyFailsTheBootNamingTheSetting() throws Exception {
		Path folder = TestTrail.temporaryFolder();
		Files.writeString(folder.resolve("signing.pem"), "not a key");
		Files.writeString(folder.resolve("verify.pem"), "not a key");
		this.runner
			.withPropertyValues("casebridge.audit.signing-key=" + folder.resolve("signing.pem"),
					"casebridge.audit.verify-key=" + folder.resolve("verify.pem"))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("casebridge.audit.signing-key: cannot read an Ed25519 private key"));
	}

	@Test
	void keysThatDoNotBelongTogetherFailTheBoot() {
		Path first = TestTrail.temporaryFolder();
		Path second = TestTrail.temporaryFolder();
		TestTrail.keys(first);
		TestTrail.keys(second);
		this.runner
			.withPropertyValues("casebridge.audit.signing-key=" + first.resolve("signing.pem"),
					"casebridge.audit.verify-key=" + second.resolve("verify.pem"))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining(SigningKeys.VERIFY_KEY_PROPERTY + " does not match"));
	}

	@Test
	void invalidSettingFailsTheBootNamingIt() {
		this.runner
			.withPropertyValues("casebridge.data-dir=" + TestTrail.temporaryFolder(),
					"casebridge.audit.criteria-key=short")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("casebridge.audit")
				.hasStackTraceContaining("criteriaKey"));
	}

	/** The trail's configuration, found where the gateway finds it. */
	@Configuration(proxyBeanMethods = false)
	@ComponentScan("org.casebridge.gateway.audit.internal")
	static class TheTrailsOwnConfiguration {

	}

}
