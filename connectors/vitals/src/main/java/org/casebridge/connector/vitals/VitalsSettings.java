package org.casebridge.connector.vitals;

import java.net.URI;
import java.time.Duration;

/**
 * Where the vital records registry's SOAP endpoint is and how long to wait for it. The
 * response timeout must be no longer than the gateway's time limit for this source,
 * because the time limiter cannot stop a call already in flight.
 *
 * @param baseUri the SOAP endpoint URL, e.g. {@code http://localhost:9103/registry/soap}
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for an answer once the request is sent
 */
public record VitalsSettings(URI baseUri, Duration connectTimeout, Duration responseTimeout) {

	public VitalsSettings {
		if (baseUri == null) {
			throw new IllegalArgumentException("baseUri is required");
		}
		String scheme = baseUri.getScheme();
		if (!baseUri.isAbsolute() || baseUri.getHost() == null
				|| !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
			throw new IllegalArgumentException("baseUri must be an absolute http or https URI with a host");
		}
		if (baseUri.getRawUserInfo() != null) {
			throw new IllegalArgumentException("baseUri must not carry credentials");
		}
		if (baseUri.getRawFragment() != null) {
			throw new IllegalArgumentException("baseUri must not carry a fragment");
		}
		requirePositive(connectTimeout, "connectTimeout");
		requirePositive(responseTimeout, "responseTimeout");
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
