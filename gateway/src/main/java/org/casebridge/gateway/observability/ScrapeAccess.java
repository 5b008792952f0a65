package org.casebridge.gateway.observability;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may read {@code /actuator/prometheus}: whoever reaches the management port
 * ({@code management.server.port}, 8081 in the image), which is not the API's port, is
 * not behind the load balancer, and which the NetworkPolicy opens to the monitoring
 * namespace only. On the API's port the scrape stays closed like every other actuator
 * endpoint but health; without a separate management port it is closed everywhere.
 */
@Configuration(proxyBeanMethods = false)
class ScrapeAccess {

	static final String PATH = "/actuator/prometheus";

	@Bean
	@Order(5)
	SecurityFilterChain prometheusScrape(HttpSecurity http, Environment environment) throws Exception {
		http.securityMatcher(onManagementPort(environment))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	private static RequestMatcher onManagementPort(Environment environment) {
		return new RequestMatcher() {

			private volatile int port = -1;

			@Override
			public boolean matches(HttpServletRequest request) {
				if (this.port < 0) {
					// known once the servers have started; without a port of its own the
					// management port is the API's, and that one never serves the scrape
					int management = environment.getProperty("local.management.port", Integer.class, -1);
					int api = environment.getProperty("local.server.port", Integer.class, -1);
					if (management > 0 && api > 0) {
						this.port = (management != api) ? management : 0;
					}
				}
				return this.port > 0 && request.getLocalPort() == this.port && PATH.equals(request.getRequestURI());
			}

		};
	}

}
