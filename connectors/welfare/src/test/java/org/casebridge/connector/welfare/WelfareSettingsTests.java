package org.casebridge.connector.welfare;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Settings that cannot work fail at construction, naming the setting. */
class WelfareSettingsTests {

	private static final URI BASE = URI.create("http://127.0.0.1:9102");

	private static final URI TOKEN = URI.create("http://127.0.0.1:9102/oauth/token");

	private static final Duration SECOND = Duration.ofSeconds(1);

	@Test
	void validSettingsAreKept() {
		WelfareSettings settings = new WelfareSettings(BASE, TOKEN, "casebridge", "welfare-secret", SECOND,
				Duration.ofMillis(1800));

		assertThat(settings.baseUri()).isEqualTo(BASE);
		assertThat(settings.tokenUri()).isEqualTo(TOKEN);
		assertThat(settings.clientSecret()).isEqualTo("welfare-secret");
		assertThat(settings.responseTimeout()).isEqualTo(Duration.ofMillis(1800));
	}

	@Test
	void toStringNeverShowsTheSecret() {
		WelfareSettings settings = new WelfareSettings(BASE, TOKEN, "casebridge", "welfare-secret", SECOND, SECOND);

		assertThat(settings.toString()).doesNotContain("welfare-secret").contains("casebridge").contains("9102");
	}

	@Test
	void eachAddressMustBeAnAbsoluteHttpUri() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WelfareSettings(null, TOKEN, "casebridge", "s", SECOND, SECOND))
			.withMessageContaining("baseUri");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WelfareSettings(URI.create("/ccwis"), TOKEN, "casebridge", "s", SECOND, SECOND))
			.withMessageContaining("baseUri");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WelfareSettings(URI.create("ftp://agency.example.gov"), TOKEN, "casebridge", "s",
					SECOND, SECOND))
			.withMessageContaining("baseUri");
		assertThatIllegalArgumentException().isThrownBy(
				() -> new WelfareSettings(BASE, URI.create("file:///etc/passwd"), "casebridge", "s", SECOND, SECOND))
			.withMessageContaining("tokenUri");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WelfareSettings(BASE, null, "casebridge", "s", SECOND, SECOND))
			.withMessageContaining("tokenUri");
	}

	@Test
	void credentialsInAnAddressAreRefusedWithoutEchoingThem() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WelfareSettings(URI.create("http://user:hunter2@127.0.0.1:9102"), TOKEN, "casebridge",
					"s", SECOND, SECOND))
			.withMessageContaining("baseUri")
			.withMessageNotContaining("hunter2");
	}

	@Test
	void clientCredentialsMustNotBeBlank() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WelfareSettings(BASE, TOKEN, " ", "s", SECOND, SECOND))
			.withMessageContaining("clientId");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WelfareSettings(BASE, TOKEN, "casebridge", "", SECOND, SECOND))
			.withMessageContaining("clientSecret");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WelfareSettings(BASE, TOKEN, "casebridge", null, SECOND, SECOND))
			.withMessageContaining("clientSecret");
	}

	@Test
	void timeoutsMustBePositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WelfareSettings(BASE, TOKEN, "casebridge", "s", Duration.ZERO, SECOND))
			.withMessageContaining("connectTimeout");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WelfareSettings(BASE, TOKEN, "casebridge", "s", SECOND, Duration.ofMillis(-1)))
			.withMessageContaining("responseTimeout");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WelfareSettings(BASE, TOKEN, "casebridge", "s", SECOND, null))
			.withMessageContaining("responseTimeout");
	}

}
