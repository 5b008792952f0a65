package org.casebridge.gateway.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API's HTTP security: {@code /graphql} needs a bearer JWT or the search screen's
 * signed-in browser session, POST only; health probes are open; everything else is
 * closed. Method security adds the second wall on each operation.
 * <p>
 * A request that carries a bearer token is authenticated by it alone and needs no CSRF
 * token (a browser cannot attach one to a forged cross-site request). A request that
 * rides on a browser session must carry the session's CSRF token in a header, so another
 * site cannot make a signed-in caseworker's browser query CaseBridge. The API never
 * creates a session; it only reads the one the browser login made.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ApiSecurityConfiguration {

	/**
	 * Spring Security would otherwise time every filter of the chain on every request;
	 * the request as a whole is observed by Spring MVC, and authentication and
	 * authorization decisions stay observed.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
	}

	/**
	 * Every request the URL rules refuse is published as an event, so the audit trail can
	 * record refusals that happen before GraphQL runs.
	 */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	@Bean
	@Order(10)
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, ApplicationEventPublisher events)
			throws Exception {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new RoleClaimConverter(properties.roleClaim()));
		HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
		sessions.setAllowSessionCreation(false);
		http.securityMatcher("/graphql", "/graphql/**", "/graphql-ws", "/graphiql", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				// the GraphiQL page holds no data (its queries carry their own bearer
				// token); it
				// exists only where spring.graphql.graphiql.enabled is set, i.e. in the
				// demo
				.requestMatchers(HttpMethod.GET, "/graphiql")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/graphql")
				.hasAnyRole(recognisedRoles())
				// live alerts (graphql-ws): the WebSocket handshake carries the bearer
				// token
				.requestMatchers(HttpMethod.GET, "/graphql-ws")
				.hasAnyRole(recognisedRoles())
				.anyRequest()
				.denyAll())
			.oauth2ResourceServer(
					(resourceServer) -> resourceServer.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter)))
			.securityContext((context) -> context.securityContextRepository(
					new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), sessions)))
			.sessionManagement(
					(sessionManagement) -> sessionManagement.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(notRidingOnASession())
				.withObjectPostProcessor(RecordedCsrfRefusals.on(events)))
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	/**
	 * A token naming no role CaseBridge knows can do nothing: 403 before GraphQL runs.
	 */
	private static String[] recognisedRoles() {
		return java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
	}

	/**
	 * Whatever no other chain claims is closed: no page, tool or endpoint exists by
	 * accident.
	 */
	@Bean
	@Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain closedByDefault(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().denyAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	/**
	 * Requests CSRF cannot abuse: those carrying a bearer token, and those with no
	 * session (which are rejected as unauthenticated anyway, with a 401 rather than a
	 * CSRF 403).
	 */
	private static RequestMatcher notRidingOnASession() {
		return (HttpServletRequest request) -> {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
			return bearer || request.getSession(false) == null;
		};
	}

}
