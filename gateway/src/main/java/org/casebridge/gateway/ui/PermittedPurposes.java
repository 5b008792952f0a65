package org.casebridge.gateway.ui;

import java.util.List;

import org.casebridge.gateway.access.AccessContexts;
import org.casebridge.gateway.access.AccessPolicy;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.graphql.CodedException;
import org.casebridge.gateway.graphql.ErrorCode;
import org.casebridge.gateway.security.ConditionalOnBrowserLogin;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The purposes of use the signed-in user's roles may state, under the policy in force, so
 * the search form offers only those. The API decides again on every request; this only
 * spares the caseworker a refusal.
 */
@Component
@ConditionalOnBrowserLogin
class PermittedPurposes {

	private final AccessPolicy policy;

	PermittedPurposes(AccessPolicy policy) {
		this.policy = policy;
	}

	List<CaseworkPages.Purpose> of(Authentication authentication) {
		return java.util.Arrays.stream(PurposeOfUse.values())
			.filter((purpose) -> permitted(authentication, purpose))
			.map(CaseworkPages.Purposes::of)
			.toList();
	}

	private boolean permitted(Authentication authentication, PurposeOfUse purpose) {
		try {
			return !this.policy.grantsFor(AccessContexts.of(authentication, purpose)).sources().isEmpty();
		}
		catch (CodedException ex) {
			if (ex.code() == ErrorCode.FORBIDDEN) {
				return false;
			}
			throw ex;
		}
	}

}
