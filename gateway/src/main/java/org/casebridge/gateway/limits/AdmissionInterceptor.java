package org.casebridge.gateway.limits;

import java.net.InetSocketAddress;
import java.util.Locale;

import graphql.ExecutionResult;
import reactor.core.publisher.Mono;

import org.casebridge.gateway.graphql.ErrorCode;
import org.casebridge.gateway.graphql.Extensions;
import org.casebridge.gateway.graphql.InterceptorOrder;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Counts each operation against its caller's rate limits ({@link RateLimits}), then runs
 * it under a permit from {@link Admission}, taken in its caller's turn; first of all
 * interceptors ({@link InterceptorOrder}). A refused operation gets one
 * {@code OVERLOADED} error, no data and a {@code Retry-After} header. Both refusals are
 * counted in the audit trail's summaries, one record per caller, kind and minute.
 */
final class AdmissionInterceptor implements WebGraphQlInterceptor, Ordered {

	private final Admission admission;

	private final RateLimits rateLimits;

	private final RefusalListener refusals;

	AdmissionInterceptor(Admission admission, RateLimits rateLimits, RefusalListener refusals) {
		this.admission = admission;
		this.rateLimits = rateLimits;
		this.refusals = refusals;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		// read on the request's thread, where Spring Security left it
		SecurityContext security = SecurityContextHolder.getContext();
		Authentication caller = security.getAuthentication();
		String user = (caller != null) ? caller.getName() : "";
		return this.rateLimits.check(user, clientOf(caller)).flatMap((verdict) -> {
			if (!verdict.allowed()) {
				this.refusals.refusedForLoad("RATE_LIMITED_" + verdict.limited().toUpperCase(Locale.ROOT), caller,
						address(request));
				return Mono.just(rateLimited(request, verdict));
			}
			return this.admission.admit(user)
				.flatMap((permit) -> Mono.defer(() -> next(request, chain, security))
					.doFinally((signal) -> permit.release()))
				.onErrorResume(OverloadedException.class, (ex) -> {
					this.refusals.refusedForLoad("OVERLOADED", caller, address(request));
					return Mono.just(refused(request, ex));
				});
		});
	}

	private static String address(WebGraphQlRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		return (remote != null) ? remote.getHostString() : null;
	}

	/**
	 * The rest of the chain, started with the request's security context on whatever
	 * thread the count or the permit arrived on: the interceptors after this one read the
	 * caller from it as they start.
	 */
	private static Mono<WebGraphQlResponse> next(WebGraphQlRequest request, Chain chain, SecurityContext security) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(security);
		try {
			return chain.next(request);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * The OAuth2 client a bearer token was issued to, for the per-client limit; null for
	 * a browser session, whose users are limited one by one.
	 */
	private static String clientOf(Authentication caller) {
		if (caller instanceof JwtAuthenticationToken jwt) {
			Object client = jwt.getToken().getClaims().get("client_id");
			if (client == null) {
				client = jwt.getToken().getClaims().get("azp");
			}
			return (client != null) ? client.toString() : null;
		}
		return null;
	}

	/**
	 * One caller over their limit: one {@code LIMIT_EXCEEDED} error (limit {@code rate},
	 * whose limit: {@code user} or {@code client}), no data, HTTP 429 with
	 * {@code Retry-After} at the end of the window. Nothing else is refused.
	 */
	private static WebGraphQlResponse rateLimited(WebGraphQlRequest request, RateLimits.Verdict verdict) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(ErrorCode.LIMIT_EXCEEDED.error(
					"Too many requests; try again after " + verdict.retryAfterSeconds() + " s.",
					Extensions.of("limit", "rate", "scope", verdict.limited())))
			.build();
		WebGraphQlResponse response = new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
		response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
		return response;
	}

	private static WebGraphQlResponse refused(WebGraphQlRequest request, OverloadedException ex) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(ErrorCode.OVERLOADED.error(ex.getMessage()))
			.build();
		WebGraphQlResponse response = new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
		response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		return response;
	}

	@Override
	public int getOrder() {
		return InterceptorOrder.ADMISSION;
	}

}
