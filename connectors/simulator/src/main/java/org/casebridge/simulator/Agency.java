package org.casebridge.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four simulated agency systems. */
public enum Agency {

	/** Child support (IV-D), REST/JSON. */
	SUPPORT,

	/** Child welfare (CCWIS), REST/JSON behind OAuth2 client credentials. */
	WELFARE,

	/** Vital records and paternity registry, SOAP 1.1. */
	VITALS,

	/** New-hire, wage and DMV locate service, paged and rate limited REST/JSON. */
	LOCATE;

	/** The agency's name in the control API's paths, e.g. {@code support}. */
	public String pathName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The agency named {@code pathName} in the control API, if any. */
	public static Optional<Agency> fromPathName(String pathName) {
		return Arrays.stream(values()).filter((agency) -> agency.pathName().equals(pathName)).findFirst();
	}

}
