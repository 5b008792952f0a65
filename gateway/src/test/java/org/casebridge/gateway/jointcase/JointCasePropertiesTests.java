package org.casebridge.gateway.jointcase;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JointCasePropertiesTests {

	@Test
	void aClaimLapsesAfterThirtySecondsUnlessConfigured() {
		assertThat(bind(Map.of()).claimLapse()).isEqualTo(Duration.ofSeconds(30));
		assertThat(bind(Map.of("casebridge.joint-cases.claim-lapse", "5s")).claimLapse())
			.isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void aClaimThatNeverHoldsIsRefusedAtStart() {
		for (String lapse : new String[] { "0s", "-1s" }) {
			assertThatExceptionOfType(BindException.class)
				.isThrownBy(() -> bind(Map.of("casebridge.joint-cases.claim-lapse", lapse)))
				.havingRootCause()
				.withMessageContaining("casebridge.joint-cases.claim-lapse must be positive");
		}
	}

	private static JointCaseProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("casebridge.joint-cases",
				JointCaseProperties.class);
	}

}
