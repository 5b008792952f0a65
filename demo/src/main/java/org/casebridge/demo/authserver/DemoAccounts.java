package org.casebridge.demo.authserver;

/**
 * The demo identity provider's published credentials and token conventions. These are
 * deliberately public: they exist only when the demo runs and never in a deployed
 * gateway.
 */
public final class DemoAccounts {

	/** Secret of every demo client, including {@link #UI_CLIENT_ID}. */
	public static final String CLIENT_SECRET = "demo-secret";

	/** Password of every demo user. */
	public static final String USER_PASSWORD = "demo";

	/** The confidential client the gateway's browser login uses (code flow with PKCE). */
	public static final String UI_CLIENT_ID = "casebridge-ui";

	/** Audience of every access token: the gateway's resource server requires it. */
	public static final String AUDIENCE = "casebridge";

	/** The claim holding the caller's role names. */
	public static final String ROLES_CLAIM = "roles";

	/**
	 * Name of the provider's session cookie. Browsers share cookies across ports of one
	 * host, so it must differ from the gateway's or each login would end the other's
	 * session.
	 */
	public static final String SESSION_COOKIE = "CASEBRIDGE_IDP_SESSION";

	private DemoAccounts() {
	}

}
