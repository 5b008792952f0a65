package org.casebridge.demo.authserver;

/**
 * The roles the demo identity provider puts in the {@value DemoAccounts#ROLES_CLAIM}
 * claim, each with the confidential client whose client-credentials tokens carry it.
 * Every role but {@link #INTEGRATOR} also has a demo user of the same name for browser
 * login; integrators are service accounts only.
 */
public enum DemoRole {

	SUPPORT_WORKER("support-worker", "support-worker"),

	WELFARE_WORKER("welfare-worker", "welfare-worker"),

	SUPERVISOR("supervisor", "supervisor"),

	SECURITY_OFFICER("security-officer", "security-officer"),

	AUDITOR("auditor", "auditor"),

	INTEGRATOR("integrator", "demo-integrator");

	private final String claimValue;

	private final String clientId;

	DemoRole(String claimValue, String clientId) {
		this.claimValue = claimValue;
		this.clientId = clientId;
	}

	/**
	 * The role's name as it appears in the token's roles claim.
	 * @return the claim value, e.g. {@code support-worker}
	 */
	public String claimValue() {
		return this.claimValue;
	}

	/**
	 * The client whose client-credentials tokens carry this role.
	 * @return the client id
	 */
	public String clientId() {
		return this.clientId;
	}

	/**
	 * Whether a demo user of the same name exists for browser login.
	 * @return {@code false} for service-account-only roles
	 */
	public boolean hasLoginUser() {
		return this != INTEGRATOR;
	}

}
