package org.casebridge.connector.locate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.casebridge.connector.Source;
import org.casebridge.connector.change.AgencyChange;
import org.casebridge.connector.change.ChangeKind;
import org.casebridge.connector.change.ChangePage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The locate agency's change feed as the connector reads it: signed changes mapped to
 * canonical ones, each change the agency did not sign or that cannot be read refused on
 * its own.
 */
class LocateChangeFeedTests {

	private static final String KEY = "a-locate-event-key-of-at-least-32-characters";

	private static final WireMockServer locate = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	@BeforeAll
	static void start() {
		locate.start();
	}

	@AfterAll
	static void stop() {
		locate.stop();
	}

	@Test
	void signedChangesAreReadAndTheOthersRefusedEachOnItsOwn() {
		String good = change("LOC-CH-000000004", "NEW_HIRE", "L-7f3a9c21", "N-2002", "20260801",
				"2026-12-06T10:15:00.123Z", null);
		String dmv = change("LOC-CH-000000005", "DMV_ADDRESS", "L-7f3a9c21", "A-1001", "20260901",
				"2026-12-06T10:16:00Z", null);
		String unsigned = change("LOC-CH-000000006", "NEW_HIRE", "L-7f3a9c21", "N-2003", "20260801",
				"2026-12-06T10:17:00Z", Base64.getEncoder().encodeToString("forged".getBytes(StandardCharsets.UTF_8)));
		String impossible = change("LOC-CH-000000007", "NEW_HIRE", "L-7f3a9c21", "N-2004", "20261345",
				"2026-12-06T10:18:00Z", null);
		String notAKey = change("LOC-CH-000000008", "DMV_ADDRESS", "../admin", "A-1002", "20260901",
				"2026-12-06T10:19:00Z", null);
		locate.stubFor(get(urlPathEqualTo("/locate/v1/changes")).withQueryParam("since", equalTo("3"))
			.withQueryParam("size", equalTo("10"))
			.willReturn(okJson("{\"items\": [" + String.join(",", good, dmv, unsigned, impossible, notAKey)
					+ "], \"since\": \"8\"}")));

		ChangePage page = Fixtures.connector(locate, Duration.ofSeconds(2), 25, 5).changeFeed(KEY).read("3", 10).join();

		assertThat(page.changes()).containsExactly(
				new AgencyChange(Source.LOCATE, "LOC-CH-000000004", ChangeKind.NEW_HIRE, "L-7f3a9c21", null,
						LocalDate.of(2026, 8, 1), Instant.parse("2026-12-06T10:15:00.123Z")),
				new AgencyChange(Source.LOCATE, "LOC-CH-000000005", ChangeKind.ADDRESS_CHANGED, "L-7f3a9c21", null,
						LocalDate.of(2026, 9, 1), Instant.parse("2026-12-06T10:16:00Z")));
		assertThat(page.refused()).extracting((r) -> r.eventId() + " " + r.reason())
			.containsExactly("LOC-CH-000000006 not signed by the agency",
					"LOC-CH-000000007 unreadable: an impossible date in effective",
					"LOC-CH-000000008 unreadable: a subjectKey that is not one");
		assertThat(page.cursor()).isEqualTo("8");
	}

	private static String change(String key, String type, String subject, String record, String effective,
			String logged, String signature) {
		String signed = (signature != null) ? signature : sign(key, type, subject, record, effective, logged);
		return "{\"changeKey\": \"" + key + "\", \"type\": \"" + type + "\", \"subjectKey\": \"" + subject
				+ "\", \"recordId\": \"" + record + "\", \"effective\": \"" + effective + "\", \"loggedAt\": \""
				+ logged + "\", \"signature\": \"" + signed + "\"}";
	}

	private static String sign(String... fields) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder()
				.encodeToString(mac.doFinal(String.join("\n", fields).getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
