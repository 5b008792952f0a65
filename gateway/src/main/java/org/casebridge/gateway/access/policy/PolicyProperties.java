package org.casebridge.gateway.access.policy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Policy settings under {@code casebridge.policy}.
 *
 * @param refreshInterval how often each replica checks for a newer policy version; a
 * change takes effect everywhere within this interval plus one database round trip
 */
@Validated
@ConfigurationProperties("casebridge.policy")
record PolicyProperties(@DefaultValue("1s") Duration refreshInterval) {

}
