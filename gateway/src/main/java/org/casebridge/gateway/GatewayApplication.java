package org.casebridge.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The CaseBridge gateway: one GraphQL endpoint over the agencies' systems.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

	public static void main(String[] args) {
		AsyncPool.ensureShared();
		SpringApplication.run(GatewayApplication.class, args);
	}

}
