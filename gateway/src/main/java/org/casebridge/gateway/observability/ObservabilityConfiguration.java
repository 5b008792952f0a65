package org.casebridge.gateway.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.casebridge.gateway.audit.AuditTrail;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The gateway's own meters around the audit trail. Every caller of {@link AuditTrail}
 * gets the timed trail; the writer itself stays the bean that runs.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

	@Bean
	@Primary
	AuditTrail measuredAuditTrail(@Qualifier("auditTrail") AuditTrail writer, MeterRegistry registry) {
		Gauge.builder("casebridge.audit.queue", writer, AuditTrail::queued)
			.description("audit records waiting for the writer")
			.register(registry);
		return new MeasuredAuditTrail(writer, registry);
	}

}
