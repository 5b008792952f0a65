package org.casebridge.gateway.search;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Search settings under {@code casebridge.search}.
 *
 * @param deadline the most a search or view may take, all agencies and retries included
 * @param maxCandidates the most candidates one search returns
 * @param widen whether each agency is also asked the widened queries that find a
 * nickname, a typo, a swapped or estimated date of birth (decision 15); each agency is
 * then asked up to seven queries per search, at once, within the same deadline
 */
@Validated
@ConfigurationProperties("casebridge.search")
public record SearchProperties(@DefaultValue("5s") Duration deadline,
		@DefaultValue("50") @Min(1) @Max(500) int maxCandidates, @DefaultValue("true") boolean widen) {

}
