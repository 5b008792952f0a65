package org.casebridge.gateway.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;

import org.casebridge.connector.Source;
import org.casebridge.connector.model.PersonSearch;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.disclosure.Disclosure;
import org.casebridge.gateway.person.PersonHandle;
import org.casebridge.gateway.person.PersonHandles;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.LocalContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code searchPeople} and {@code person} queries. Access is decided once, by the
 * enforcement point in front of them, which hands the caller's {@link Grants} down as a
 * local context value; nothing here decides it again.
 */
@Controller
class PersonController {

	private final CriteriaValidator validator;

	private final PersonSearchService searches;

	private final PersonViewService views;

	private final PersonHandles handles;

	PersonController(CriteriaValidator validator, PersonSearchService searches, PersonViewService views,
			PersonHandles handles) {
		this.validator = validator;
		this.searches = searches;
		this.views = views;
		this.handles = handles;
	}

	@QueryMapping
	CompletableFuture<SearchResult> searchPeople(@Argument PersonSearchInput criteria, @Argument List<Source> sources,
			@LocalContextValue Grants grants, GraphQLContext context) {
		Disclosure disclosure = Disclosure.of(context);
		PersonSearch search = this.validator.validate(criteria);
		Disclosures.criteria(disclosure, search);
		return this.searches.search(search, grants, SourceSelection.of(sources))
			.thenApply((result) -> Disclosures.searched(disclosure, result));
	}

	@QueryMapping
	CompletableFuture<PersonView> person(@Argument String handle, @Argument List<Source> sources,
			@Argument String forChild, @LocalContextValue Grants grants, GraphQLContext context) {
		Disclosure disclosure = Disclosure.of(context);
		PersonHandle opened = this.handles.open(handle);
		disclosure.personHandle(handle);
		PersonHandle child = (forChild != null) ? this.handles.open(forChild) : null;
		return this.views.view(handle, opened, grants, SourceSelection.of(sources), child)
			.thenApply((view) -> Disclosures.viewed(disclosure, view));
	}

}
