package org.casebridge.gateway.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.access.AccessContext;
import org.casebridge.gateway.access.AccessContexts;
import org.casebridge.gateway.access.AccessPolicy;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PurposeOfUse;
import org.casebridge.gateway.disclosure.Disclosure;
import org.casebridge.gateway.person.PersonHandle;
import org.casebridge.gateway.person.PersonHandles;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The {@code searchPeople} and {@code person} queries. */
@Controller
class PersonController {

	private final CriteriaValidator validator;

	private final AccessPolicy policy;

	private final PersonSearchService searches;

	private final PersonViewService views;

	private final PersonHandles handles;

	PersonController(CriteriaValidator validator, AccessPolicy policy, PersonSearchService searches,
			PersonViewService views, PersonHandles handles) {
		this.validator = validator;
		this.policy = policy;
		this.searches = searches;
		this.views = views;
		this.handles = handles;
	}

	@QueryMapping
	CompletableFuture<SearchResult> searchPeople(@Argument PersonSearchInput criteria, @Argument PurposeOfUse purpose,
			@Argument List<Source> sources, Authentication authentication, GraphQLContext context) {
		Disclosure disclosure = Disclosure.of(context);
		disclosure.operation("searchPeople", purpose.name());
		PersonSearch search = this.validator.validate(criteria);
		Disclosures.criteria(disclosure, search);
		return this.searches.search(search, grants(authentication, purpose), SourceSelection.of(sources))
			.thenApply((result) -> Disclosures.searched(disclosure, result));
	}

	@QueryMapping
	CompletableFuture<PersonView> person(@Argument String handle, @Argument PurposeOfUse purpose,
			@Argument List<Source> sources, Authentication authentication, GraphQLContext context) {
		Disclosure disclosure = Disclosure.of(context);
		disclosure.operation("person", purpose.name());
		PersonHandle opened = this.handles.open(handle);
		disclosure.personHandle(handle);
		return this.views.view(handle, opened, grants(authentication, purpose), SourceSelection.of(sources))
			.thenApply((view) -> Disclosures.viewed(disclosure, view));
	}

	private Grants grants(Authentication authentication, PurposeOfUse purpose) {
		AccessContext context = AccessContexts.of(authentication, purpose);
		return this.policy.grantsFor(context);
	}

}
