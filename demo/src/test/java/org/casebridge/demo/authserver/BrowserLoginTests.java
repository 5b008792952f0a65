package org.casebridge.demo.authserver;

import java.net.CookieManager;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's future browser login, driven over plain HTTP: authorization request with
 * PKCE, the login form with its CSRF token, and the code exchanged for tokens.
 */
class BrowserLoginTests {

	private static final String REDIRECT_URI = "http://127.0.0.1:8080/login/oauth2/code/casebridge";

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static Provider provider;

	@BeforeAll
	static void start() {
		provider = Provider.start();
	}

	@AfterAll
	static void stop() {
		provider.close();
	}

	@BeforeEach
	void startWithoutASession() {
		cookies().removeAll();
	}

	@Test
	void demoUserLogsInWithPkceAndGetsTokensCarryingTheirRole() {
		String verifier = randomToken();

		HttpResponse<String> authorize = provider.get(authorizationRequest(challengeOf(verifier)), "text/html");
		assertThat(authorize.statusCode()).isEqualTo(302);
		assertThat(location(authorize).getPath()).isEqualTo("/login");

		HttpResponse<String> afterLogin = logIn("welfare-worker", DemoAccounts.USER_PASSWORD);
		assertThat(afterLogin.statusCode()).isEqualTo(302);

		HttpResponse<String> callback = provider.get(location(afterLogin).toString(), "text/html");
		assertThat(callback.statusCode()).isEqualTo(302);
		Map<String, String> callbackQuery = UriComponentsBuilder.fromUri(location(callback))
			.build()
			.getQueryParams()
			.toSingleValueMap();
		assertThat(location(callback).toString()).startsWith(REDIRECT_URI + "?");
		assertThat(callbackQuery).containsEntry("state", "state-1").containsKey("code");

		HttpResponse<String> tokens = provider.postForm("/oauth2/token", Map.of("grant_type", "authorization_code",
				"code", callbackQuery.get("code"), "redirect_uri", REDIRECT_URI, "code_verifier", verifier),
				DemoAccounts.UI_CLIENT_ID);
		assertThat(tokens.statusCode()).isEqualTo(200);
		JsonNode body = Provider.json(tokens);

		Jwt accessToken = provider.resourceServerDecoder(DemoAccounts.AUDIENCE)
			.decode(body.get("access_token").asString());
		assertThat(accessToken.getSubject()).isEqualTo("welfare-worker");
		assertThat(accessToken.getClaimAsStringList(DemoAccounts.ROLES_CLAIM)).containsExactly("welfare-worker");
		assertThat(accessToken.getClaimAsString("client_id")).isEqualTo(DemoAccounts.UI_CLIENT_ID);

		Jwt idToken = provider.resourceServerDecoder(DemoAccounts.UI_CLIENT_ID).decode(body.get("id_token").asString());
		assertThat(idToken.getSubject()).isEqualTo("welfare-worker");
		assertThat(idToken.getClaimAsStringList(DemoAccounts.ROLES_CLAIM)).containsExactly("welfare-worker");
		assertThat(idToken.getClaimAsString("nonce")).isEqualTo("nonce-1");
		assertThat(Duration.between(idToken.getIssuedAt(), idToken.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));

		HttpResponse<String> refreshed = provider.postForm("/oauth2/token",
				Map.of("grant_type", "refresh_token", "refresh_token", body.get("refresh_token").asString()),
				DemoAccounts.UI_CLIENT_ID);
		assertThat(refreshed.statusCode()).isEqualTo(200);
		Jwt refreshedToken = provider.resourceServerDecoder(DemoAccounts.AUDIENCE)
			.decode(Provider.json(refreshed).get("access_token").asString());
		assertThat(refreshedToken.getClaimAsStringList(DemoAccounts.ROLES_CLAIM)).containsExactly("welfare-worker");
	}

	@Test
	void sessionCookieHasItsOwnNameAndNeverAppearsInAUrl() {
		HttpResponse<String> response = provider.get(authorizationRequest(challengeOf(randomToken())), "text/html");

		assertThat(location(response).toString()).doesNotContain(DemoAccounts.SESSION_COOKIE).doesNotContain(";");

		assertThat(cookies().getCookies()).extracting(HttpCookie::getName)
			.contains(DemoAccounts.SESSION_COOKIE)
			.doesNotContain("JSESSIONID");
	}

	@Test
	void wrongPasswordSendsTheUserBackToTheForm() {
		provider.get(authorizationRequest(challengeOf(randomToken())), "text/html");

		HttpResponse<String> response = logIn("supervisor", "not-the-password");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response).getPath()).isEqualTo("/login");
		assertThat(location(response).getQuery()).isEqualTo("error");
	}

	@Test
	void authorizationRequestWithoutPkceIsRefused() {
		String request = authorizationRequest(challengeOf(randomToken())).replaceAll("&code_challenge[^&]*", "");

		HttpResponse<String> response = provider.get(request, "text/html");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response).toString()).startsWith(REDIRECT_URI).contains("error=invalid_request");
	}

	@Test
	void gatewayOnAnotherLoopbackPortIsAcceptedAsRedirect() {
		// RFC 8252 7.3: tests run the gateway on an ephemeral port, unknown when the
		// provider starts
		String request = authorizationRequest(challengeOf(randomToken())).replace(Provider.encode(REDIRECT_URI),
				Provider.encode("http://127.0.0.1:45678/login/oauth2/code/casebridge"));

		HttpResponse<String> response = provider.get(request, "text/html");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response).getPath()).isEqualTo("/login");
	}

	@Test
	void loggedInUserIsNeverSentToAnUnregisteredHost() {
		provider.get(authorizationRequest(challengeOf(randomToken())), "text/html");
		logIn("auditor", DemoAccounts.USER_PASSWORD);
		String request = authorizationRequest(challengeOf(randomToken())).replace(Provider.encode(REDIRECT_URI),
				Provider.encode("http://elsewhere.example/login/oauth2/code/casebridge"));

		HttpResponse<String> response = provider.get(request, "text/html");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
	}

	private static HttpResponse<String> logIn(String username, String password) {
		HttpResponse<String> form = provider.get("/login", "text/html");
		assertThat(form.statusCode()).isEqualTo(200);
		Matcher csrf = CSRF_INPUT.matcher(form.body());
		assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("password", password);
		fields.put("_csrf", csrf.group(1));
		return provider.postForm("/login", fields, null);
	}

	private static CookieStore cookies() {
		return ((CookieManager) provider.http.cookieHandler().orElseThrow()).getCookieStore();
	}

	private static String authorizationRequest(String challenge) {
		return "/oauth2/authorize?response_type=code&client_id=" + DemoAccounts.UI_CLIENT_ID
				+ "&scope=openid%20profile&state=state-1&nonce=nonce-1&redirect_uri=" + Provider.encode(REDIRECT_URI)
				+ "&code_challenge=" + challenge + "&code_challenge_method=S256";
	}

	private static URI location(HttpResponse<String> response) {
		return provider.uri("/").resolve(response.headers().firstValue("Location").orElseThrow());
	}

	private static String randomToken() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String challengeOf(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
