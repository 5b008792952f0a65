package org.casebridge.connector.vitals.internal;

import java.util.Locale;
import java.util.Map;

import org.casebridge.connector.model.Sex;

/**
 * The registry's code tables in canonical terms. A method the table does not know passes
 * through as {@code UNKNOWN:<code>}, so a new code never takes the whole source down.
 */
final class VitalsCodes {

	private static final Map<String, String> METHODS = Map.of("VAP", "VAP", "GEN", "GENETIC_TEST", "CRT", "COURT_ORDER",
			"ADM", "ADMINISTRATIVE_ORDER", "MAR", "MARITAL_PRESUMPTION", "DEF", "DEFAULT", "NONE", "NONE");

	private VitalsCodes() {
	}

	static Sex sex(String code) {
		if (code == null) {
			return Sex.UNKNOWN;
		}
		return switch (code.toUpperCase(Locale.ROOT)) {
			case "F" -> Sex.FEMALE;
			case "M" -> Sex.MALE;
			default -> Sex.UNKNOWN;
		};
	}

	static String method(String code) {
		if (code == null) {
			return null;
		}
		String canonical = METHODS.get(code.toUpperCase(Locale.ROOT));
		return (canonical != null) ? canonical : "UNKNOWN:" + code;
	}

}
