package org.casebridge.gateway.identity;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Person handle settings under {@code casebridge.handles}.
 *
 * @param secret at least 32 characters; every gateway replica must share it
 * @param timeToLive how long a handle can be opened after it was issued
 */
@Validated
@ConfigurationProperties("casebridge.handles")
record HandleProperties(@NotNull @Size(min = 32) String secret, @DefaultValue("12h") Duration timeToLive) {

	@Override
	public String toString() {
		return "HandleProperties[timeToLive=" + this.timeToLive + "]";
	}

}
