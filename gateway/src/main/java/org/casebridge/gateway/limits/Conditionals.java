package org.casebridge.gateway.limits;

import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Whether a document holds {@code @skip} or {@code @include} anywhere in its selections.
 */
final class Conditionals {

	private Conditionals() {
	}

	static boolean in(Document document) {
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition instanceof OperationDefinition operation && in(operation.getSelectionSet())) {
				return true;
			}
			if (definition instanceof FragmentDefinition fragment && in(fragment.getSelectionSet())) {
				return true;
			}
		}
		return false;
	}

	private static boolean in(SelectionSet set) {
		if (set == null) {
			return false;
		}
		for (Selection<?> selection : set.getSelections()) {
			if (selection instanceof DirectivesContainer<?> container && conditional(container)) {
				return true;
			}
			if (selection instanceof Field field && in(field.getSelectionSet())) {
				return true;
			}
			if (selection instanceof InlineFragment inline && in(inline.getSelectionSet())) {
				return true;
			}
		}
		return false;
	}

	private static boolean conditional(DirectivesContainer<?> container) {
		for (Directive directive : container.getDirectives()) {
			if ("skip".equals(directive.getName()) || "include".equals(directive.getName())) {
				return true;
			}
		}
		return false;
	}

}
