package org.casebridge.gateway.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.disclosure.Disclosure;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.LocalContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The {@code searchPeople} query. Access is decided once, by the enforcement point in
 * front of it, which hands the caller's {@link Grants} down as a local context value;
 * nothing here decides it again.
 */
@Controller
class SearchController {

	private final CriteriaValidator validator;

	private final PersonSearchService searches;

	SearchController(CriteriaValidator validator, PersonSearchService searches) {
		this.validator = validator;
		this.searches = searches;
	}

	@QueryMapping
	CompletableFuture<SearchResult> searchPeople(@Argument PersonSearchInput criteria, @Argument List<Source> sources,
			@LocalContextValue Grants grants, GraphQLContext context) {
		PersonSearch search = this.validator.validate(criteria);
		CriteriaGrants.check(search, grants);
		return search(search, sources, grants, context);
	}

	/**
	 * The same search for an audit question, at the auditor's own grant; the audit trail
	 * records it as the auditor's query, not as an access to the people found. Unlike
	 * {@code searchPeople}, it takes identifiers the auditor's grant masks (an SSN, a
	 * date of birth, a case number): resolving the person an access complaint names is
	 * the auditor's task, and every such lookup stands in the trail under the auditor's
	 * name.
	 */
	@QueryMapping
	@PreAuthorize("hasAnyRole('AUDITOR','SECURITY_OFFICER')")
	CompletableFuture<SearchResult> auditPeople(@Argument PersonSearchInput criteria, @LocalContextValue Grants grants,
			GraphQLContext context) {
		return search(this.validator.validate(criteria), null, grants, context);
	}

	private CompletableFuture<SearchResult> search(PersonSearch search, List<Source> sources, Grants grants,
			GraphQLContext context) {
		Disclosure disclosure = Disclosure.of(context);
		SearchDisclosures.criteria(disclosure, search);
		return this.searches.search(search, grants, SourceSelection.of(sources))
			.thenApply((result) -> SearchDisclosures.searched(disclosure, result));
	}

}
