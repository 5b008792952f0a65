package org.casebridge.gateway.browsing;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When a caller's person views look like browsing, under {@code casebridge.browsing}:
 * counted per caller and clock hour, across every replica.
 *
 * @param enabled whether views are counted
 * @param distinctPeoplePerHour more different people than this in one hour is flagged
 * @param viewsOfOnePersonPerHour more views of one person than this in one hour, by a
 * caller with no case tie to the person (not the assigned worker of any of their cases),
 * is flagged
 */
@Validated
@ConfigurationProperties("casebridge.browsing")
public record BrowsingProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("100") @Min(1) int distinctPeoplePerHour,
		@DefaultValue("20") @Min(1) int viewsOfOnePersonPerHour) {

}
