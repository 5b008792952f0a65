package org.casebridge.gateway.access;

import java.util.List;

/**
 * Who is asking and why.
 *
 * @param subject the user name or integrator client id from the token
 * @param clientId the OAuth2 client the token was issued to
 * @param roles the caller's recognised roles, lower-case as in the token (e.g.
 * support-worker)
 * @param purpose the stated purpose of use
 */
public record AccessContext(String subject, String clientId, List<String> roles, PurposeOfUse purpose) {

	public AccessContext {
		roles = List.copyOf(roles);
	}

}
