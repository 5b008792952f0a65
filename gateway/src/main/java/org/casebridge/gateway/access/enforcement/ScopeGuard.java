package org.casebridge.gateway.access.enforcement;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import reactor.core.publisher.Mono;

import org.casebridge.gateway.access.AccessContexts;
import org.casebridge.gateway.access.AccessPolicy;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PolicyPreview;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.disclosure.Disclosure;
import org.casebridge.gateway.graphql.CallerContext;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Stands in front of every field marked {@code @disclosureScope}: resolves the caller's
 * grants for the stated purpose before anything is fetched (a purpose the caller's roles
 * may not use stops here, before any agency is asked), then hands the answer's fields a
 * {@link Scope} built from those grants and from the protections of the person the answer
 * is about.
 */
final class ScopeGuard implements DataFetcher<Object> {

	private final DataFetcher<?> delegate;

	private final AccessPolicy policy;

	/** The local context key under which the resolver finds the decided grants. */
	static final String GRANTS = "grants";

	private final PersonProtections protections;

	ScopeGuard(DataFetcher<?> delegate, AccessPolicy policy, PersonProtections protections) {
		this.delegate = delegate;
		this.policy = policy;
		this.protections = protections;
	}

	@Override
	public Object get(DataFetchingEnvironment env) throws Exception {
		Grants grants = grants(env);
		if (grants == null) {
			return null;
		}
		DisclosureLedger ledger = DisclosureLedger.of(env.getGraphQlContext());
		SelectedGroups.Selected locationSelected = SelectedGroups.of(env);
		Object fetched = this.delegate.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env)
			.localContext(GraphQLContext.newContext().of(GRANTS, grants).build())
			.build());
		if (fetched instanceof DataFetcherResult<?> result) {
			return scoped(result.getData(), grants, ledger, locationSelected)
				.thenApply((scoped) -> (scoped != null) ? scoped.transform((b) -> b.errors(result.getErrors())) : null);
		}
		if (fetched instanceof Mono<?> mono) {
			// left reactive, so Spring still propagates the request's context to it
			return mono.flatMap((answer) -> Mono.fromFuture(() -> scoped(answer, grants, ledger, locationSelected)));
		}
		if (fetched instanceof CompletionStage<?> stage) {
			return stage.thenCompose((answer) -> scoped(answer, grants, ledger, locationSelected));
		}
		return scoped(fetched, grants, ledger, locationSelected);
	}

	private CompletableFuture<DataFetcherResult<Object>> scoped(Object answer, Grants grants, DisclosureLedger ledger,
			SelectedGroups.Selected locationSelected) {
		if (answer == null) {
			return CompletableFuture.completedFuture(null);
		}
		return this.protections.protectionOf(answer, grants, locationSelected)
			.thenApply((protection) -> DataFetcherResult.newResult()
				.data(answer)
				.localContext(new Scope(grants, protection, ledger))
				.build());
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
		// noted before the grants are decided, so a refused purpose is audited too
		Disclosure.of(env.getGraphQlContext()).operation(env.getField().getName(), stated.name());
		return this.policy.grantsFor(AccessContexts.of(caller, stated));
	}

}
