package org.casebridge.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PersonHandlesTests {

	private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	private static final String SECRET = "a-test-secret-that-is-long-enough-1234";

	private final PersonHandles handles = handles(SECRET, NOW);

	private final PersonHandle handle = new PersonHandle(Map.of(Source.SUPPORT, "M0012345", Source.WELFARE, "1048576"),
			"900123456", "Ana", "Rivera", LocalDate.of(1988, 4, 17), NOW);

	@Test
	void aHandleOpensToWhatItWasIssuedFor() {
		assertThat(this.handles.open(this.handles.issue(this.handle))).isEqualTo(this.handle);
	}

	@Test
	void aHandleKeepsTheSexItsRecordsAgreeOnOrNone() {
		PersonHandle withSex = new PersonHandle(this.handle.records(), null, "Ana", "Rivera", null, NOW, Sex.FEMALE);

		assertThat(this.handles.open(this.handles.issue(withSex)).sex()).isEqualTo(Sex.FEMALE);
		assertThat(this.handles.open(this.handles.issue(this.handle)).sex()).isNull();
	}

	@Test
	void aHandleRevealsNothingInside() {
		String issued = this.handles.issue(this.handle);
		String decoded = new String(Base64.getUrlDecoder().decode(issued),
				java.nio.charset.StandardCharsets.ISO_8859_1);

		assertThat(issued).doesNotContain("M0012345");
		assertThat(decoded).doesNotContain("M0012345").doesNotContain("900123456").doesNotContain("Rivera");
	}

	@Test
	void everySingleByteChangeIsRefused() {
		byte[] raw = Base64.getUrlDecoder().decode(this.handles.issue(this.handle));
		for (int i = 0; i < raw.length; i++) {
			byte[] altered = raw.clone();
			altered[i] ^= 0x01;
			String text = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
			assertThatExceptionOfType(InvalidHandleException.class).isThrownBy(() -> this.handles.open(text));
		}
	}

	@Test
	void aHandleFromAnotherDeploymentIsRefused() {
		String foreign = handles("another-deployment-secret-of-32-chars!!", NOW).issue(this.handle);

		assertThatExceptionOfType(InvalidHandleException.class).isThrownBy(() -> this.handles.open(foreign));
	}

	@Test
	void anExpiredHandleIsRefused() {
		String issued = this.handles.issue(this.handle);
		PersonHandles later = handles(SECRET, NOW.plus(Duration.ofHours(13)));

		assertThatExceptionOfType(InvalidHandleException.class).isThrownBy(() -> later.open(issued));
	}

	@Test
	void garbageIsRefused() {
		for (String garbage : new String[] { "", "x", "support:M0012345", "!!!!", "A".repeat(5000) }) {
			assertThatExceptionOfType(InvalidHandleException.class).isThrownBy(() -> this.handles.open(garbage));
		}
	}

	private static PersonHandles handles(String secret, Instant now) {
		return new PersonHandles(new HandleProperties(secret, Duration.ofHours(12)), Clock.fixed(now, ZoneOffset.UTC));
	}

}
