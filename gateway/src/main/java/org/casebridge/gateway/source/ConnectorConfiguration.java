package org.casebridge.gateway.source;

import java.time.Clock;
import java.util.List;

import org.casebridge.connector.AgencyConnector;
import org.casebridge.connector.locate.LocateConnector;
import org.casebridge.connector.locate.LocateSettings;
import org.casebridge.connector.support.SupportConnector;
import org.casebridge.connector.support.SupportSettings;
import org.casebridge.connector.vitals.VitalsConnector;
import org.casebridge.connector.vitals.VitalsSettings;
import org.casebridge.connector.welfare.WelfareConnector;
import org.casebridge.connector.welfare.WelfareSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds one connector per agency from its configuration. */
@Configuration(proxyBeanMethods = false)
class ConnectorConfiguration {

	@Bean
	Connectors connectors(ConnectorProperties properties, Clock clock) {
		ConnectorProperties.Support support = properties.support();
		ConnectorProperties.Welfare welfare = properties.welfare();
		ConnectorProperties.Vitals vitals = properties.vitals();
		ConnectorProperties.Locate locate = properties.locate();
		List<AgencyConnector> all = List.of(new SupportConnector(
				new SupportSettings(support.baseUri(), support.connectTimeout(), support.responseTimeout()), clock),
				new WelfareConnector(new WelfareSettings(welfare.baseUri(), welfare.tokenUri(), welfare.clientId(),
						welfare.clientSecret(), welfare.connectTimeout(), welfare.responseTimeout()), clock),
				new VitalsConnector(
						new VitalsSettings(vitals.baseUri(), vitals.connectTimeout(), vitals.responseTimeout()), clock),
				new LocateConnector(new LocateSettings(locate.baseUri(), locate.connectTimeout(),
						locate.responseTimeout(), locate.pageSize(), locate.maxPages()), clock));
		return new Connectors(all);
	}

}
