package org.casebridge.connector.locate;

import java.net.URI;
import java.time.Duration;

/**
 * Where the locate service is, how long to wait for it, and how much of it to read. The
 * response timeout applies to each page; the gateway's time limit for this source must
 * allow for {@code maxPages} of them.
 *
 * @param baseUri the service's base address, e.g. {@code http://localhost:9104}
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for each page once its request is sent
 * @param pageSize how many items to ask for per page
 * @param maxPages the most pages one answer may have; an answer announcing more is
 * refused rather than read in part
 */
public record LocateSettings(URI baseUri, Duration connectTimeout, Duration responseTimeout, int pageSize,
		int maxPages) {

	public LocateSettings {
		requireHttpUri(baseUri, "baseUri");
		requirePositive(connectTimeout, "connectTimeout");
		requirePositive(responseTimeout, "responseTimeout");
		if (pageSize < 1) {
			throw new IllegalArgumentException("pageSize must be at least 1");
		}
		if (maxPages < 1) {
			throw new IllegalArgumentException("maxPages must be at least 1");
		}
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
