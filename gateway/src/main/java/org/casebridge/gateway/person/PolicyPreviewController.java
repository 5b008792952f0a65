package org.casebridge.gateway.person;

import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;

import org.casebridge.gateway.access.Grants;
import org.casebridge.gateway.access.PolicyPreview;
import org.casebridge.gateway.disclosure.Disclosure;
import org.casebridge.gateway.identity.PersonHandle;
import org.casebridge.gateway.identity.PersonHandles;
import org.casebridge.gateway.search.SourceSelection;

import org.springframework.graphql.data.method.annotation.LocalContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The person behind a security officer's preview: the same view as {@code person}, asked
 * of the sources the previewed role (and the draft) may see. The enforcement point in
 * front of it decides every field group for the role, and shows the officer the person
 * only as the officer's own grant allows.
 */
@Controller
class PolicyPreviewController {

	private final PersonViewService views;

	private final PersonHandles handles;

	PolicyPreviewController(PersonViewService views, PersonHandles handles) {
		this.views = views;
		this.handles = handles;
	}

	@SchemaMapping(typeName = "PolicyPreview")
	@PreAuthorize("hasRole('SECURITY_OFFICER')")
	CompletableFuture<PersonView> person(PolicyPreview preview, @LocalContextValue Grants grants,
			GraphQLContext context) {
		if (preview.handle() == null || grants == null) {
			return CompletableFuture.completedFuture(null);
		}
		Disclosure disclosure = Disclosure.of(context);
		disclosure.operation("policyPreview", preview.purpose().name());
		PersonHandle opened = this.handles.open(preview.handle());
		disclosure.personHandle(preview.handle());
		PersonHandle child = (preview.forChild() != null) ? this.handles.open(preview.forChild()) : null;
		return this.views.view(preview.handle(), opened, grants, SourceSelection.of(null), child)
			.thenApply((view) -> Disclosures.viewed(disclosure, view));
	}

}
