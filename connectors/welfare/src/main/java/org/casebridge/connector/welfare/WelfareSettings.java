package org.casebridge.connector.welfare;

import java.net.URI;
import java.time.Duration;

/**
 * Where the child welfare system and its token endpoint are, the connector's client
 * credentials, and how long to wait. The response timeout must be no longer than the
 * gateway's time limit for this source, because the time limiter cannot stop a call
 * already in flight. {@link #toString()} never shows the secret.
 *
 * @param baseUri the system's base address, e.g. {@code http://localhost:9102}
 * @param tokenUri the agency's OAuth2 token endpoint
 * @param clientId the connector's client id at the agency
 * @param clientSecret the connector's client secret at the agency
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for an answer once a request is sent
 */
public record WelfareSettings(URI baseUri, URI tokenUri, String clientId, String clientSecret, Duration connectTimeout,
		Duration responseTimeout) {

	public WelfareSettings {
		requireHttpUri(baseUri, "baseUri");
		requireHttpUri(tokenUri, "tokenUri");
		requireText(clientId, "clientId");
		requireText(clientSecret, "clientSecret");
		requirePositive(connectTimeout, "connectTimeout");
		requirePositive(responseTimeout, "responseTimeout");
	}

	@Override
	public String toString() {
		return "WelfareSettings[baseUri=" + this.baseUri + ", tokenUri=" + this.tokenUri + ", clientId=" + this.clientId
				+ ", clientSecret=(hidden), connectTimeout=" + this.connectTimeout + ", responseTimeout="
				+ this.responseTimeout + "]";
	}

	private static void requireHttpUri(URI uri, String field) {
		if (uri == null) {
			throw new IllegalArgumentException(field + " is required");
		}
		String scheme = uri.getScheme();
		if (!uri.isAbsolute() || uri.getHost() == null
				|| !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
			throw new IllegalArgumentException(field + " must be an absolute http or https URI with a host");
		}
		if (uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException(field + " must not carry credentials");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException(field + " must not carry a query or a fragment");
		}
	}

	private static void requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
	}

	private static void requirePositive(Duration duration, String field) {
		if (duration == null) {
			throw new IllegalArgumentException(field + " is required");
		}
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(field + " must be positive");
		}
	}

}
