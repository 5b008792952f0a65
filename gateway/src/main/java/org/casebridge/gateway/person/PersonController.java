package org.casebridge.gateway.person;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;

import org.casebridge.connector.Source;
import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.ProtectiveSearches;
import org.casebridge.gateway.disclosure.Disclosure;
import org.casebridge.gateway.disclosure.PersonKey;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.identity.PersonHandles;
import org.casebridge.gateway.search.SourceSelection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.LocalContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code person} query. Access is decided once, by the enforcement point in front of
 * them, which hands the caller's {@link Grants} down as a local context value; nothing
 * here decides it again.
 */
@Controller
class PersonController {

	private final PersonViewService views;

	private final PersonHandles handles;

	PersonController(PersonViewService views, PersonHandles handles) {
		this.views = views;
		this.handles = handles;
	}

	@QueryMapping
	CompletableFuture<PersonView> person(@Argument String handle, @Argument List<Source> sources,
			@Argument String forChild, @LocalContextValue Grants grants,
			@LocalContextValue(name = ProtectiveSearches.LOCAL_CONTEXT_KEY,
					required = false) ProtectiveSearches protectiveSearches,
			GraphQLContext context) {
		Disclosure disclosure = Disclosure.of(context);
		PersonHandle opened = this.handles.open(handle);
		if (protectiveSearches != null) {
			// while the agencies are asked for the person's own records
			protectiveSearches.begin(opened);
		}
		disclosure.personHandle(handle);
		opened.records().forEach((source, id) -> disclosure.personKey(PersonKey.agencyRecord(source.id(), id)));
		PersonKey.ssn(opened.ssn()).ifPresent(disclosure::personKey);
		PersonKey.nameAndDateOfBirth(opened.lastName(), opened.firstName(), opened.dateOfBirth())
			.ifPresent(disclosure::personKey);
		PersonHandle child = (forChild != null) ? this.handles.open(forChild) : null;
		return this.views.view(handle, opened, grants, SourceSelection.of(sources), child)
			.thenApply((view) -> Disclosures.viewed(disclosure, view));
	}

}
