package org.casebridge.gateway.source;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where each agency lives and how long to wait for it, under
 * {@code casebridge.connectors}. A missing URL or secret fails the start with a message
 * naming the key. Each agency's response timeout must not exceed its Resilience4j time
 * limit (the time limiter cannot interrupt an HTTP exchange; the client's own timeout
 * ends it).
 */
@Validated
@ConfigurationProperties("casebridge.connectors")
record ConnectorProperties(@Valid @NotNull Support support, @Valid @NotNull Welfare welfare,
		@Valid @NotNull Vitals vitals, @Valid @NotNull Locate locate) {

	/**
	 * Child support (IV-D), REST/JSON; {@code eventKey} the key the agency signs its
	 * change feed with (no key: the feed is not read).
	 */
	record Support(@NotNull URI baseUri, @DefaultValue("500ms") Duration connectTimeout,
			@DefaultValue("1800ms") Duration responseTimeout, @Size(min = 32) String eventKey) {

		@Override
		public String toString() {
			return "Support[baseUri=" + this.baseUri + "]";
		}

	}

	/**
	 * Child welfare (CCWIS), REST/JSON behind the agency's OAuth2 client credentials;
	 * {@code eventKey} as for child support.
	 */
	record Welfare(@NotNull URI baseUri, @NotNull URI tokenUri, @NotBlank String clientId,
			@NotBlank String clientSecret, @DefaultValue("500ms") Duration connectTimeout,
			@DefaultValue("1800ms") Duration responseTimeout, @Size(min = 32) String eventKey) {

		@Override
		public String toString() {
			return "Welfare[baseUri=" + this.baseUri + ", clientId=" + this.clientId + "]";
		}

	}

	/** Vital records, SOAP 1.1: the endpoint URL. */
	record Vitals(@NotNull URI baseUri, @DefaultValue("500ms") Duration connectTimeout,
			@DefaultValue("1800ms") Duration responseTimeout) {
	}

	/**
	 * Locate, REST/JSON, paged; {@code eventKey} as for child support (the feed of new
	 * hires and DMV addresses).
	 */
	record Locate(@NotNull URI baseUri, @DefaultValue("500ms") Duration connectTimeout,
			@DefaultValue("1800ms") Duration responseTimeout, @DefaultValue("50") @Min(1) @Max(500) int pageSize,
			@DefaultValue("20") @Min(1) @Max(200) int maxPages, @Size(min = 32) String eventKey) {

		@Override
		public String toString() {
			return "Locate[baseUri=" + this.baseUri + "]";
		}

	}

}
