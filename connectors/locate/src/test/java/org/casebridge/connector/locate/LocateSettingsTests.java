package org.casebridge.connector.locate;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocateSettingsTests {

	private static final URI URI_OK = URI.create("http://localhost:9104");

	private static final Duration SECOND = Duration.ofSeconds(1);

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:9104", "https://locate.example.gov/svc/" })
	void acceptsAbsoluteHttpAndHttpsUris(String uri) {
		LocateSettings settings = new LocateSettings(URI.create(uri), SECOND, SECOND, 20, 10);
		assertThat(settings.baseUri()).isEqualTo(URI.create(uri));
		assertThat(settings.pageSize()).isEqualTo(20);
		assertThat(settings.maxPages()).isEqualTo(10);
	}

	@Test
	void rejectsAMissingBaseUri() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LocateSettings(null, SECOND, SECOND, 20, 10))
			.withMessageContaining("baseUri");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/locate", "localhost:9104", "ftp://locate.example.gov", "http://localhost:9104?a=b",
			"http:///x" })
	void rejectsABaseUriThatIsNotAnHttpServer(String uri) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LocateSettings(URI.create(uri), SECOND, SECOND, 20, 10))
			.withMessageContaining("baseUri");
	}

	@Test
	void rejectsAMissingOrNonPositiveTimeout() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LocateSettings(URI_OK, null, SECOND, 20, 10))
			.withMessageContaining("connectTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> new LocateSettings(URI_OK, Duration.ZERO, SECOND, 20, 10))
			.withMessageContaining("connectTimeout");
		assertThatIllegalArgumentException().isThrownBy(() -> new LocateSettings(URI_OK, SECOND, null, 20, 10))
			.withMessageContaining("responseTimeout");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LocateSettings(URI_OK, SECOND, Duration.ofMillis(-1), 20, 10))
			.withMessageContaining("responseTimeout");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1 })
	void rejectsANonPositivePageSize(int pageSize) {
		assertThatIllegalArgumentException().isThrownBy(() -> new LocateSettings(URI_OK, SECOND, SECOND, pageSize, 10))
			.withMessageContaining("pageSize");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1 })
	void rejectsANonPositivePageLimit(int maxPages) {
		assertThatIllegalArgumentException().isThrownBy(() -> new LocateSettings(URI_OK, SECOND, SECOND, 20, maxPages))
			.withMessageContaining("maxPages");
	}

}
