package org.casebridge.connector.vitals;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Settings that cannot work fail at construction, naming the setting. */
class VitalsSettingsTests {

	private static final URI ENDPOINT = URI.create("http://127.0.0.1:9103/registry/soap");

	private static final Duration SECOND = Duration.ofSeconds(1);

	@Test
	void validSettingsAreKept() {
		VitalsSettings settings = new VitalsSettings(ENDPOINT, SECOND, Duration.ofMillis(1800));

		assertThat(settings.baseUri()).isEqualTo(ENDPOINT);
		assertThat(settings.connectTimeout()).isEqualTo(SECOND);
		assertThat(settings.responseTimeout()).isEqualTo(Duration.ofMillis(1800));
	}

	@Test
	void theEndpointMustBeAnAbsoluteHttpUri() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VitalsSettings(null, SECOND, SECOND))
			.withMessageContaining("baseUri");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new VitalsSettings(URI.create("/registry/soap"), SECOND, SECOND))
			.withMessageContaining("baseUri");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new VitalsSettings(URI.create("jms:queue/registry"), SECOND, SECOND))
			.withMessageContaining("baseUri");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new VitalsSettings(URI.create("http://127.0.0.1:9103/soap#x"), SECOND, SECOND))
			.withMessageContaining("baseUri");
	}

	@Test
	void credentialsInTheEndpointAreRefusedWithoutEchoingThem() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new VitalsSettings(URI.create("https://svc:hunter2@vitals.example.gov/registry/soap"),
					SECOND, SECOND))
			.withMessageContaining("baseUri")
			.withMessageNotContaining("hunter2");
	}

	@Test
	void timeoutsMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VitalsSettings(ENDPOINT, null, SECOND))
			.withMessageContaining("connectTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> new VitalsSettings(ENDPOINT, SECOND, Duration.ZERO))
			.withMessageContaining("responseTimeout");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new VitalsSettings(ENDPOINT, Duration.ofSeconds(-1), SECOND))
			.withMessageContaining("connectTimeout");
	}

}
