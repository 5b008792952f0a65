package org.casebridge.demo.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What protects the screens besides the login: the session cookie alone cannot query the
 * API (a CSRF token must come with it), and pages forbid inline scripts, framing and
 * caching.
 */
class BrowserSecurityTests extends UiTest {

	private static final String QUERY = "{\"query\":\"{ __typename }\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSessionCookieAloneCannotQueryTheApiButWithItsCsrfTokenItCan() throws Exception {
		signInAs("support-worker");
		SearchScreen.open();
		String cookie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
		String header = find("meta[name=_csrf_header]").getAttribute("content");
		String token = find("meta[name=_csrf]").getAttribute("content");

		HttpResponse<String> forged = post(cookie, null, null);
		HttpResponse<String> genuine = post(cookie, header, token);

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(genuine.statusCode()).isEqualTo(200);
		assertThat(genuine.body()).contains("\"__typename\":\"Query\"");
	}

	@Test
	void withoutASessionTheApiStillAnswersUnauthenticated() throws Exception {
		assertThat(post(null, null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void noServerSessionExistsBeforeSignInStarts() throws Exception {
		for (String path : new String[] { "/", "/search", "/person", "/alerts", "/console/audit", "/console/policy" }) {
			HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(page.headers().allValues("Set-Cookie")).as(path)
				.noneSatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID"));
		}
	}

	@Test
	void pagesForbidInlineScriptFramingAndCaching() throws Exception {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(URI.create(url("/"))).GET().build(),
				HttpResponse.BodyHandlers.ofString());

		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(page.body()).doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>| on[a-z]+=\"");
	}

	private HttpResponse<String> post(String cookie, String csrfHeader, String csrfToken)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/graphql")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(QUERY));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		if (csrfHeader != null) {
			request.header(csrfHeader, csrfToken);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
