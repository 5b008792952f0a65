package org.casebridge.gateway.access.enforcement;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import org.casebridge.gateway.access.AccessContexts;
import org.casebridge.gateway.access.AccessPolicy;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PolicyPreview;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.graphql.CallerContext;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Stands in front of every field marked {@code @disclosureScope}: resolves the caller's
 * grants for the stated purpose before anything is fetched (a purpose the caller's roles
 * may not use stops here, before any agency is asked), then hands the answer's fields a
 * {@link Scope} built from those grants and from the person the answer is about.
 */
final class ScopeGuard implements DataFetcher<Object> {

	private final DataFetcher<?> delegate;

	private final AccessPolicy policy;

	ScopeGuard(DataFetcher<?> delegate, AccessPolicy policy) {
		this.delegate = delegate;
		this.policy = policy;
	}

	@Override
	public Object get(DataFetchingEnvironment env) throws Exception {
		Grants grants = grants(env);
		if (grants == null) {
			return null;
		}
		DisclosureLedger ledger = DisclosureLedger.of(env.getGraphQlContext());
		return Values.map(this.delegate.get(env), (answer) -> (answer != null) ? DataFetcherResult.newResult()
			.data(answer)
			.localContext(new Scope(grants, Protection.of(answer), ledger))
			.build() : null);
	}

	private Grants grants(DataFetchingEnvironment env) {
		if (env.getSource() instanceof PolicyPreview preview) {
			return preview.grants();
		}
		Authentication caller = CallerContext.authentication(env.getGraphQlContext());
		Object purpose = env.getArgument("purpose");
		if (caller == null || purpose == null) {
			throw new AccessDeniedException("no caller or purpose");
		}
		PurposeOfUse stated = (purpose instanceof PurposeOfUse p) ? p : PurposeOfUse.valueOf(purpose.toString());
		return this.policy.grantsFor(AccessContexts.of(caller, stated));
	}

}
