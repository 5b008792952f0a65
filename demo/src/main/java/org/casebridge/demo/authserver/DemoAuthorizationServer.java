package org.casebridge.demo.authserver;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * The demo OpenID Connect provider as a Spring application of its own. It shares the demo
 * jar's class path with the gateway but nothing else: it scans only this package, imports
 * only the auto-configuration a servlet authorization server needs (no datasource, Flyway
 * or GraphQL from the gateway's libraries), and reads {@code demo-authserver.yml} instead
 * of the gateway's {@code application.yml}.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(DemoAuthServerProperties.class)
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, SslAutoConfiguration.class,
		TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
		HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, SecurityAutoConfiguration.class,
		ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class })
public class DemoAuthorizationServer {

	/** The configuration file name the provider reads instead of {@code application}. */
	public static final String CONFIG_NAME = "demo-authserver";

	/**
	 * Starts the provider and returns once it accepts requests.
	 * @param args Spring property arguments, e.g. {@code --server.port=0} or
	 * {@code --casebridge.demo.authserver.issuer=http://127.0.0.1:9000}; they override
	 * {@code demo-authserver.yml}
	 * @return the running provider; close it to stop it
	 */
	public static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(DemoAuthorizationServer.class).main(DemoAuthorizationServer.class)
			.web(WebApplicationType.SERVLET)
			.properties("spring.config.name=" + CONFIG_NAME)
			.run(args);
	}

	/**
	 * The port a running provider listens on.
	 * @param provider a context returned by {@link #start(String...)}
	 * @return the bound port
	 */
	public static int port(ConfigurableApplicationContext provider) {
		return ((WebServerApplicationContext) provider).getWebServer().getPort();
	}

	public static void main(String[] args) {
		start(args);
	}

}
