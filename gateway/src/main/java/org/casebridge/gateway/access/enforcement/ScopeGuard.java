package org.casebridge.gateway.access.enforcement;

import java.util.List;
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
import org.casebridge.gateway.access.DisclosedPerson;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PolicyPreview;
import org.casebridge.gateway.access.PreviewedPerson;
import org.casebridge.gateway.access.ProtectiveSearches;
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
		if (env.getSource() instanceof PolicyPreview preview) {
			return previewed(env, preview);
		}
		Grants grants = grants(env);
		if (grants == null) {
			return null;
		}
		DisclosureLedger ledger = DisclosureLedger.of(env.getGraphQlContext());
		SelectedGroups.Selected locationSelected = SelectedGroups.of(env);
		EarlySearches early = this.protections.early(grants, locationSelected, env.getArgument("forChild") != null);
		GraphQLContext.Builder local = GraphQLContext.newContext().of(GRANTS, grants);
		if (early != null) {
			local.of(ProtectiveSearches.LOCAL_CONTEXT_KEY, early);
		}
		Object fetched = this.delegate
			.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).localContext(local.build()).build());
		if (fetched instanceof DataFetcherResult<?> result) {
			return scoped(result.getData(), grants, ledger, locationSelected, early)
				.thenApply((scoped) -> (scoped != null) ? scoped.transform((b) -> b.errors(result.getErrors())) : null);
		}
		if (fetched instanceof Mono<?> mono) {
			// left reactive, so Spring still propagates the request's context to it
			return mono
				.flatMap((answer) -> Mono.fromFuture(() -> scoped(answer, grants, ledger, locationSelected, early)));
		}
		if (fetched instanceof CompletionStage<?> stage) {
			return stage.thenCompose((answer) -> scoped(answer, grants, ledger, locationSelected, early));
		}
		return scoped(fetched, grants, ledger, locationSelected, early);
	}

	private CompletableFuture<DataFetcherResult<Object>> scoped(Object answer, Grants grants, DisclosureLedger ledger,
			SelectedGroups.Selected locationSelected, EarlySearches early) {
		if (answer == null) {
			return CompletableFuture.completedFuture(null);
		}
		return this.protections.protectionOf(answer, grants, locationSelected, early)
			.thenApply((protection) -> DataFetcherResult.newResult()
				.data(answer)
				.localContext(new Scope(grants, protection, ledger))
				.build());
	}

	/**
	 * A security officer's preview: the person is fetched as the role would ask, each
	 * field group is decided for them as it would be for the role (and under the draft),
	 * with every location rule worked out in full as if the role asked for everything;
	 * but the fields beneath are decided under {@link PolicyPreview#shown()}, what the
	 * officer's own grant shows. The officer sees the decisions, never the role's data.
	 */
	private Object previewed(DataFetchingEnvironment env, PolicyPreview preview) throws Exception {
		Grants fetch = preview.fetchGrants();
		if (fetch == null || preview.handle() == null) {
			return null;
		}
		DisclosureLedger ledger = DisclosureLedger.of(env.getGraphQlContext());
		Object fetched = this.delegate.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env)
			.localContext(GraphQLContext.newContext().of(GRANTS, fetch).build())
			.build());
		if (fetched instanceof DataFetcherResult<?> result) {
			return previewed(result.getData(), preview, ledger);
		}
		if (fetched instanceof Mono<?> mono) {
			return mono.flatMap((answer) -> Mono.fromFuture(() -> previewed(answer, preview, ledger)));
		}
		if (fetched instanceof CompletionStage<?> stage) {
			return stage.thenCompose((answer) -> previewed(answer, preview, ledger));
		}
		return previewed(fetched, preview, ledger);
	}

	private CompletableFuture<DataFetcherResult<Object>> previewed(Object answer, PolicyPreview preview,
			DisclosureLedger ledger) {
		if (!(answer instanceof DisclosedPerson person)) {
			return CompletableFuture.completedFuture(null);
		}
		// a role that may not use the purpose is shown nothing: every group withheld
		CompletableFuture<List<PreviewedPerson.Decision>> decisions = decisions(person,
				(preview.grants() != null) ? preview.grants() : Grants.none(preview.purpose()));
		CompletableFuture<List<PreviewedPerson.Decision>> draft = decisions(person, preview.draftGrants());
		CompletableFuture<Protection> shown = this.protections.protectionOf(person, preview.shown(),
				SelectedGroups.EVERYTHING);
		return CompletableFuture.allOf(decisions, draft, shown)
			.thenApply((done) -> DataFetcherResult.newResult()
				.data(new PreviewedPerson(decisions.join(), draft.join(), person))
				.localContext(new Scope(preview.shown(), shown.join(), ledger))
				.build());
	}

	private CompletableFuture<List<PreviewedPerson.Decision>> decisions(DisclosedPerson person, Grants grants) {
		if (grants == null) {
			return CompletableFuture.completedFuture(null);
		}
		return this.protections.protectionOf(person, grants, SelectedGroups.EVERYTHING)
			.thenApply((protection) -> Scope.decisions(grants, protection));
	}

	private Grants grants(DataFetchingEnvironment env) {
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
