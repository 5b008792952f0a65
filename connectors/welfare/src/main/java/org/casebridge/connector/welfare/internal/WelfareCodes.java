package org.casebridge.connector.welfare.internal;

import java.util.Locale;
import java.util.Map;

import org.casebridge.connector.model.Sex;

/**
 * The agency's code tables in canonical terms. A code the table does not know passes
 * through as {@code UNKNOWN:<code>}: the worker still sees what the agency said, and a
 * new code never takes the whole source down.
 */
final class WelfareCodes {

	private static final Map<String, String> SETTINGS = Map.of("FFR", "FOSTER_FAMILY_RELATIVE", "FFN",
			"FOSTER_FAMILY_NONRELATIVE", "GRP", "GROUP_HOME", "INS", "INSTITUTION", "PAD", "PRE_ADOPTIVE");

	private static final Map<String, String> PERMANENCY_GOALS = Map.of("REU", "REUNIFICATION", "ADO", "ADOPTION", "GDN",
			"GUARDIANSHIP", "REL", "RELATIVE_PLACEMENT", "APP", "APPLA");

	private static final Map<String, String> CUSTODY = Map.of("ST", "STATE_AGENCY", "PA", "PARENT", "RE", "RELATIVE");

	private static final Map<String, String> REFERRALS = Map.of("NCP", "NONCUSTODIAL_PARENT", "CP", "CUSTODIAL_PARENT",
			"BOTH", "BOTH", "NONE", "NEITHER");

	private static final Map<String, String> RELATIONSHIPS = Map.of("MO", "MOTHER", "FA", "FATHER", "PF",
			"PUTATIVE_FATHER");

	private WelfareCodes() {
	}

	static Sex sex(String code) {
		String text = WireValues.text(code);
		if ("1".equals(text)) {
			return Sex.MALE;
		}
		if ("2".equals(text)) {
			return Sex.FEMALE;
		}
		return Sex.UNKNOWN;
	}

	static String setting(String code) {
		return lookUp(SETTINGS, code);
	}

	static String permanencyGoal(String code) {
		return lookUp(PERMANENCY_GOALS, code);
	}

	static String custody(String code) {
		return lookUp(CUSTODY, code);
	}

	static String referral(String code) {
		return lookUp(REFERRALS, code);
	}

	static String relationship(String code) {
		return lookUp(RELATIONSHIPS, code);
	}

	private static String lookUp(Map<String, String> table, String code) {
		String text = WireValues.text(code);
		if (text == null) {
			return null;
		}
		String canonical = table.get(text.toUpperCase(Locale.ROOT));
		return (canonical != null) ? canonical : "UNKNOWN:" + text;
	}

}
