package org.casebridge.connector.support;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SupportSettingsTests {

	private static final Duration SECOND = Duration.ofSeconds(1);

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:9101", "https://support.example.gov/iv-d/", "HTTP://10.0.0.7" })
	void acceptsAbsoluteHttpAndHttpsUris(String uri) {
		SupportSettings settings = new SupportSettings(URI.create(uri), SECOND, SECOND);
		assertThat(settings.baseUri()).isEqualTo(URI.create(uri));
	}

	@Test
	void rejectsAMissingBaseUri() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SupportSettings(null, SECOND, SECOND))
			.withMessageContaining("baseUri");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api", "localhost:9101", "ftp://support.example.gov", "file:///etc/passwd",
			"http://localhost:9101?x=1", "http://localhost:9101#top", "http:///path" })
	void rejectsABaseUriThatIsNotAnHttpServer(String uri) {
		assertThatIllegalArgumentException().isThrownBy(() -> new SupportSettings(URI.create(uri), SECOND, SECOND))
			.withMessageContaining("baseUri");
	}

	@Test
	void rejectsAMissingOrNonPositiveConnectTimeout() {
		URI uri = URI.create("http://localhost:9101");
		assertThatIllegalArgumentException().isThrownBy(() -> new SupportSettings(uri, null, SECOND))
			.withMessageContaining("connectTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> new SupportSettings(uri, Duration.ZERO, SECOND))
			.withMessageContaining("connectTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> new SupportSettings(uri, Duration.ofMillis(-1), SECOND))
			.withMessageContaining("connectTimeout");
	}

	@Test
	void rejectsAMissingOrNonPositiveResponseTimeout() {
		URI uri = URI.create("http://localhost:9101");
		assertThatIllegalArgumentException().isThrownBy(() -> new SupportSettings(uri, SECOND, null))
			.withMessageContaining("responseTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> new SupportSettings(uri, SECOND, Duration.ZERO))
			.withMessageContaining("responseTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> new SupportSettings(uri, SECOND, Duration.ofSeconds(-5)))
			.withMessageContaining("responseTimeout");
	}

}
