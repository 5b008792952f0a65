package org.casebridge.gateway.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The search screen's and console's pages. They exist only when an OpenID Connect client
 * registration named {@value #REGISTRATION} is configured; without one the gateway is an
 * API only and none of this is built.
 * <p>
 * A caseworker signs in at the identity provider (authorization code with PKCE); the
 * gateway then holds a server-side session whose authorities come from the ID token's
 * role claim, exactly as a bearer token's would. Pages need that session and, for any
 * change, its CSRF token; their responses forbid inline scripts and framing, are never
 * cached, and send no referrer. Signing out ends the session here and at the identity
 * provider.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBrowserLogin
class BrowserSecurityConfiguration {

	/** The registration id; it is also the last segment of the login redirect URI. */
	static final String REGISTRATION = "casebridge";

	/**
	 * Everything the screens serve, and the login's own endpoints; any other path is left
	 * to the gateway's closed-by-default chain.
	 */
	private static final String[] PAGES = { "/", "/search", "/person", "/alerts", "/console/**", "/session/**",
			"/logout", "/oauth2/authorization/**", "/login/oauth2/code/**", "/uswds/**", "/assets/**", "/favicon.ico",
			"/error" };

	private static final String[] WORKER_ROLES = { Role.SUPPORT_WORKER.name(), Role.WELFARE_WORKER.name(),
			Role.SUPERVISOR.name() };

	@Bean
	@Order(20)
	SecurityFilterChain browserSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
			SecurityProperties properties, BrowserSessionProperties session, ApplicationEventPublisher events)
			throws Exception {
		DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		signedOut.setPostLogoutRedirectUri("{baseUrl}/");
		ClientRegistration registration = registrations.findByRegistrationId(REGISTRATION);
		http.securityMatcher(PAGES)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/", "/uswds/**", "/assets/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/error")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/search", "/person", "/alerts")
				.hasAnyRole(WORKER_ROLES)
				.requestMatchers(HttpMethod.GET, "/console/policy", "/console/policy/**")
				.hasRole(Role.SECURITY_OFFICER.name())
				.requestMatchers(HttpMethod.GET, "/console/audit", "/console/audit/**")
				.hasAnyRole(Role.AUDITOR.name(), Role.SECURITY_OFFICER.name())
				.requestMatchers(HttpMethod.POST, "/session/keep-alive")
				.authenticated()
				.anyRequest()
				.denyAll())
			.oauth2Login((login) -> login.loginPage("/")
				.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(authorizationRequests))
				.userInfoEndpoint(
						(userInfo) -> userInfo.userAuthoritiesMapper(new SessionRoles(properties.roleClaim())))
				.successHandler(new StartIdleClock(session)))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessHandler(signedOut))
			.csrf((csrf) -> csrf.withObjectPostProcessor(RecordedCsrfRefusals.on(events)))
			// the page asked for before sign-in is remembered in a cookie: no server
			// session
			// exists until sign-in starts
			.requestCache((cache) -> cache.requestCache(new CookieRequestCache()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(registration)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions((frames) -> frames.deny())
				.permissionsPolicyHeader((permissions) -> permissions
					.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
		return http.build();
	}

	/** The session cookie must come back on the identity provider's redirect. */
	@Bean
	CookieSameSiteSupplier sessionCookieSameSite() {
		return CookieSameSiteSupplier.ofLax();
	}

	/**
	 * No inline script or style, nothing from another origin; forms may post only here,
	 * and the sign-out form's redirect may reach only the identity provider.
	 */
	static String contentSecurityPolicy(ClientRegistration registration) {
		URI provider = URI.create(registration.getProviderDetails().getAuthorizationUri());
		String providerOrigin = provider.getScheme() + "://" + provider.getRawAuthority();
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
				+ "form-action 'self' " + providerOrigin;
	}

	/**
	 * Starts the session's idle clock at sign-in, to the second (the servlet container's
	 * own setting counts whole minutes).
	 */
	private static final class StartIdleClock extends SavedRequestAwareAuthenticationSuccessHandler {

		private final BrowserSessionProperties session;

		StartIdleClock(BrowserSessionProperties session) {
			this.session = session;
			setDefaultTargetUrl("/");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			request.getSession().setMaxInactiveInterval((int) this.session.idleTimeout().toSeconds());
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

}
