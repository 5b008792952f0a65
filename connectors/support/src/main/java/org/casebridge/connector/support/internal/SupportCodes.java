package org.casebridge.connector.support.internal;

import java.util.Map;

/** The child support system's codes and their canonical names. */
final class SupportCodes {

	static final Map<String, String> CASE_TYPES = Map.of("CT", "CURRENT_TANF", "FT", "FORMER_TANF", "FC", "FOSTER_CARE",
			"MO", "MEDICAID_ONLY", "NA", "NON_IV_A");

	static final Map<String, String> STATUSES = Map.of("O", "OPEN", "C", "CLOSED", "P", "PENDING_CLOSURE");

	static final Map<String, String> ROLES = Map.of("CP", "CUSTODIAL_PARTY", "NCP", "NONCUSTODIAL_PARENT", "CH",
			"CHILD", "AF", "ALLEGED_FATHER", "IVE", "AGENCY_CUSTODIAN");

	static final Map<String, String> ORDER_KINDS = Map.of("J", "JUDICIAL", "A", "ADMINISTRATIVE");

	static final Map<String, String> FREQUENCIES = Map.of("M", "MONTHLY", "W", "WEEKLY", "B", "BIWEEKLY");

	static final Map<String, String> PAYMENT_SOURCES = Map.of("WW", "WAGE_WITHHOLDING", "IRS", "IRS_OFFSET", "STX",
			"STATE_TAX_OFFSET", "UI", "UNEMPLOYMENT", "DIR", "DIRECT");

	static final Map<String, String> PAYEES = Map.of("CP", "CUSTODIAL_PARTY", "ST", "STATE", "IVE", "IV_E_AGENCY");

	static final Map<String, String> ASSIGNMENT_PROGRAMS = Map.of("TANF", "TANF", "FC", "FOSTER_CARE");

	static final Map<String, String> REFERRAL_SOURCES = Map.of("TANF", "TANF", "IVE", "IV_E", "MCD", "MEDICAID", "APP",
			"APPLICATION", "INT", "INTERSTATE");

	private SupportCodes() {
	}

}
