package org.casebridge.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AuthenticationFailureAuditorTests {

	private static final String TOKEN = unsignedJwt("{\"sub\":\"svc-ccwis\",\"client_id\":\"ccwis-integration\"}");

	private final List<AuditEvent> recorded = new CopyOnWriteArrayList<>();

	private final AuthenticationFailureAuditor auditor = new AuthenticationFailureAuditor((event) -> {
		this.recorded.add(event);
		return CompletableFuture.completedFuture((long) this.recorded.size());
	});

	@Test
	void rejectedBearerTokenIsRecordedUnderItsClaimedSubjectNeverTheToken() {
		BearerTokenAuthenticationToken attempt = new BearerTokenAuthenticationToken(TOKEN);
		this.auditor.authenticationFailed(
				new AuthenticationFailureBadCredentialsEvent(attempt, new InvalidBearerTokenException("expired")));
		assertThat(this.recorded).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo(AuditEventType.AUTHENTICATION_FAILED);
			assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
			assertThat(event.subject()).isEqualTo("svc-ccwis");
			assertThat(event.clientId()).isEqualTo("ccwis-integration");
			assertThat(event.detail()).isEqualTo("INVALID_BEARER_TOKEN");
			assertThat(event.toString()).doesNotContain(TOKEN).doesNotContain(TOKEN.split("\\.")[1]);
		});
	}

	@Test
	void failedLoginIsRecordedWithTheNameTypedAndTheAddressButNoPassword() {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("worker.ann",
				"correct horse battery staple");
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("127.0.0.9");
		attempt.setDetails(new WebAuthenticationDetails(request));
		this.auditor.authenticationFailed(
				new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("Bad credentials")));
		assertThat(this.recorded).singleElement().satisfies((event) -> {
			assertThat(event.subject()).isEqualTo("worker.ann");
			assertThat(event.clientAddress()).isEqualTo("127.0.0.9");
			assertThat(event.detail()).isEqualTo("BAD_CREDENTIALS");
			assertThat(event.toString()).doesNotContain("horse");
		});
	}

	@Test
	void tokenThatIsNotAJwtIsRecordedAsUnknown() {
		this.auditor.authenticationFailed(new AuthenticationFailureBadCredentialsEvent(
				new BearerTokenAuthenticationToken("opaque-secret-value"), new BadCredentialsException("bad")));
		assertThat(this.recorded).singleElement().satisfies((event) -> {
			assertThat(event.subject()).isEqualTo("unknown");
			assertThat(event.toString()).doesNotContain("opaque-secret-value");
		});
	}

	@Test
	void failureIsStillRefusedQuietlyWhenTheTrailIsDown() {
		AuthenticationFailureAuditor down = new AuthenticationFailureAuditor((event) -> {
			throw new AuditUnavailableException("down");
		});
		down.authenticationFailed(new AuthenticationFailureBadCredentialsEvent(
				new BearerTokenAuthenticationToken(TOKEN), new BadCredentialsException("bad")));
		assertThat(this.recorded).isEmpty();
	}

	@Test
	void bearerTokenRejectedByTheResourceServerProviderPublishesAnEventThatIsRecorded() {
		new ApplicationContextRunner().withBean(AuditTrail.class, () -> (event) -> {
			this.recorded.add(event);
			return CompletableFuture.completedFuture(1L);
		}).withBean(AuthenticationFailureAuditor.class).run((context) -> {
			ProviderManager manager = new ProviderManager(new JwtAuthenticationProvider((token) -> {
				throw new BadJwtException("signature does not verify");
			}));
			manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(context));
			assertThatExceptionOfType(AuthenticationException.class)
				.isThrownBy(() -> manager.authenticate(new BearerTokenAuthenticationToken(TOKEN)));
		});
		assertThat(this.recorded).singleElement()
			.satisfies((event) -> assertThat(event.subject()).isEqualTo("svc-ccwis"));
	}

	private static String unsignedJwt(String claims) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
	}

}
