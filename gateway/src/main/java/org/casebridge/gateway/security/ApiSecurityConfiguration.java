package org.casebridge.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API's HTTP security: {@code /graphql} needs a bearer JWT, POST only; health probes
 * are open; everything else is closed. Method security adds the second wall on each
 * operation.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ApiSecurityConfiguration {

	@Bean
	@Order(10)
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new RoleClaimConverter(properties.roleClaim()));
		http.securityMatcher("/graphql", "/graphql/**", "/graphiql", "/actuator/**")
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
				.anyRequest()
				.denyAll())
			.oauth2ResourceServer(
					(resourceServer) -> resourceServer.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
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

}
