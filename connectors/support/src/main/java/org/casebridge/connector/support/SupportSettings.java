package org.casebridge.connector.support;

import java.net.URI;
import java.time.Duration;

/**
 * Where the child support system is and how long to wait for it. The response timeout
 * must be no longer than the gateway's time limit for this source, because the time
 * limiter cannot stop a call already in flight.
 *
 * @param baseUri the system's base address, e.g. {@code http://localhost:9101}
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for an answer once the request is sent
 */
public record SupportSettings(URI baseUri, Duration connectTimeout, Duration responseTimeout) {

	public SupportSettings {
		requireHttpUri(baseUri, "baseUri");
		requirePositive(connectTimeout, "connectTimeout");
		requirePositive(responseTimeout, "responseTimeout");
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
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException(field + " must not carry a query or a fragment");
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
