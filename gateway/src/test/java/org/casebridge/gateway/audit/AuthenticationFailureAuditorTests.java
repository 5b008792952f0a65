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
import org.springframework.security.core.authority.AuthorityUtils;
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

	private final AuditTrail trail = (event) -> {
		this.recorded.add(event);
		return CompletableFuture.completedFuture((long) this.recorded.size());
	};

	private final RefusalSummaries summaries = new RefusalSummaries(this.trail);

	private final AuthenticationFailureAuditor auditor = new AuthenticationFailureAuditor(this.trail, this.summaries);

	@Test
	void aSignedInCallerRefusedForTheCsrfTokenIsRecordedOnceUnderTheirSubject() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setRemoteAddr("127.0.0.7");
		this.auditor.csrfRefused(request, UsernamePasswordAuthenticationToken.authenticated("worker.ann", null,
				AuthorityUtils.createAuthorityList("ROLE_SUPPORT_WORKER")));

		assertThat(this.recorded).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo(AuditEventType.ACCESS_DENIED);
			assertThat(event.caller().subject()).isEqualTo("worker.ann");
			assertThat(event.caller().roles()).containsExactly("SUPPORT_WORKER");
			assertThat(event.clientAddress()).isEqualTo("127.0.0.7");
			assertThat(event.operationName()).isEqualTo("POST /graphql");
			assertThat(event.detail()).isEqualTo("CSRF_TOKEN_INVALID");
		});
		this.summaries.flushAll();
		assertThat(this.recorded).hasSize(1);
	}

	@Test
	void csrfRefusalsWithoutASignedInCallerAreSummarisedOncePerAddressAndMinute() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
		request.setRemoteAddr("127.0.0.8");
		for (int i = 0; i < 3; i++) {
			this.auditor.csrfRefused(request, null);
		}
		assertThat(this.recorded).isEmpty();

		this.summaries.flushAll();

		assertThat(this.recorded).singleElement().satisfies((event) -> {
			assertThat(event.caller().subject()).isNull();
			assertThat(event.clientAddress()).isEqualTo("127.0.0.8");
			assertThat(event.detail()).isEqualTo("CSRF_TOKEN_INVALID x3 in the minute");
		});
	}

	@Test
	void rejectedBearerTokenIsRecordedWithItsClaimsNeverAsTheSubjectNorTheToken() {
		BearerTokenAuthenticationToken attempt = new BearerTokenAuthenticationToken(TOKEN);
		this.auditor.authenticationFailed(
				new AuthenticationFailureBadCredentialsEvent(attempt, new InvalidBearerTokenException("expired")));
		assertThat(this.recorded).isEmpty();
		this.summaries.flushAll();
		assertThat(this.recorded).singleElement().satisfies((event) -> {
			assertThat(event.type()).isEqualTo(AuditEventType.AUTHENTICATION_FAILED);
			assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
			assertThat(event.caller().subject()).isNull();
			assertThat(event.caller().clientId()).isNull();
			assertThat(event.disclosed().criteria()).containsEntry("claimedSubject", "svc-ccwis")
				.containsEntry("claimedClient", "ccwis-integration");
			assertThat(event.detail()).isEqualTo("INVALID_BEARER_TOKEN x1 in the minute");
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
		this.summaries.flushAll();
		assertThat(this.recorded).singleElement().satisfies((event) -> {
			assertThat(event.disclosed().criteria()).containsEntry("claimedSubject", "worker.ann");
			assertThat(event.clientAddress()).isEqualTo("127.0.0.9");
			assertThat(event.detail()).isEqualTo("BAD_CREDENTIALS x1 in the minute");
			assertThat(event.toString()).doesNotContain("horse");
		});
	}

	@Test
	void tokenThatIsNotAJwtIsRecordedWithoutClaims() {
		this.auditor.authenticationFailed(new AuthenticationFailureBadCredentialsEvent(
				new BearerTokenAuthenticationToken("opaque-secret-value"), new BadCredentialsException("bad")));
		this.summaries.flushAll();
		assertThat(this.recorded).singleElement().satisfies((event) -> {
			assertThat(event.disclosed().criteria()).isEmpty();
			assertThat(event.toString()).doesNotContain("opaque-secret-value");
		});
	}

	@Test
	void aFloodFromOneAddressIsOneSummaryAndManyAddressesAreBounded() {
		for (int i = 0; i < 1000; i++) {
			this.summaries.refused("MISSING_TOKEN", "203.0.113.7", null, null);
		}
		for (int i = 0; i < RefusalSummaries.MAX_OPEN + 500; i++) {
			this.summaries.refused("MISSING_TOKEN", "10.0." + (i / 250) + "." + (i % 250), null, null);
		}
		this.summaries.flushAll();
		assertThat(this.recorded).hasSize(RefusalSummaries.MAX_OPEN + 1);
		assertThat(this.recorded).filteredOn((event) -> "203.0.113.7".equals(event.clientAddress()))
			.singleElement()
			.satisfies((event) -> assertThat(event.detail()).isEqualTo("MISSING_TOKEN x1000 in the minute"));
		assertThat(this.recorded).filteredOn((event) -> event.clientAddress() == null)
			.singleElement()
			.satisfies((event) -> assertThat(event.detail()).isEqualTo("MISSING_TOKEN x501 in the minute"));
	}

	@Test
	void aClaimThatCouldBeAnSsnIsNeverKept() {
		this.auditor.authenticationFailed(new AuthenticationFailureBadCredentialsEvent(
				new BearerTokenAuthenticationToken(unsignedJwt("{\"sub\":\"123-45-6789\"}")),
				new BadCredentialsException("bad")));
		this.summaries.flushAll();
		assertThat(this.recorded).singleElement()
			.satisfies((event) -> assertThat(event.toString()).doesNotContain("6789"));
	}

	@Test
	void bearerTokenRejectedByTheResourceServerProviderPublishesAnEventThatIsRecorded() {
		new ApplicationContextRunner().withBean(AuditTrail.class, () -> this.trail)
			.withBean(RefusalSummaries.class, () -> this.summaries)
			.withBean(AuthenticationFailureAuditor.class)
			.run((context) -> {
				ProviderManager manager = new ProviderManager(new JwtAuthenticationProvider((token) -> {
					throw new BadJwtException("signature does not verify");
				}));
				manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(context));
				assertThatExceptionOfType(AuthenticationException.class)
					.isThrownBy(() -> manager.authenticate(new BearerTokenAuthenticationToken(TOKEN)));
			});
		this.summaries.flushAll();
		assertThat(this.recorded).singleElement()
			.satisfies(
					(event) -> assertThat(event.disclosed().criteria()).containsEntry("claimedSubject", "svc-ccwis"));
	}

	private static String unsignedJwt(String claims) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
	}

}
