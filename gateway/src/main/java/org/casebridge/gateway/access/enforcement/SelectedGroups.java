package org.casebridge.gateway.access.enforcement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.casebridge.gateway.access.FieldGroup;

/**
 * The location field groups an operation asks for below a field, read from the document
 * itself: its fields, inline fragments and fragment spreads, with {@code @skip} and
 * {@code @include} decided by the request's variables. graphql-java's own selection set
 * answers the same question but first materializes every field below, with its path and
 * arguments, at a cost that showed in every person view; this walk allocates almost
 * nothing. The document has passed validation (fragments exist, none spreads itself) and
 * the depth limit, so the walk ends.
 */
final class SelectedGroups {

	private SelectedGroups() {
	}

	/**
	 * What an operation asks for below a field that the person-level protections decide.
	 *
	 * @param locations the location field groups selected
	 * @param freeText whether a field of agency free text (marked {@code @freeText}) is
	 * selected
	 */
	record Selected(Set<FieldGroup> locations, boolean freeText) {

	}

	/**
	 * Everything selected: every location group and free text, so that the protections
	 * are worked out in full (a preview decides every group, whatever it shows).
	 */
	static final Selected EVERYTHING = new Selected(everyLocation(), true);

	private static Set<FieldGroup> everyLocation() {
		Set<FieldGroup> all = EnumSet.noneOf(FieldGroup.class);
		for (FieldGroup group : FieldGroup.values()) {
			if (group.location()) {
				all.add(group);
			}
		}
		return java.util.Collections.unmodifiableSet(all);
	}

	static Selected of(DataFetchingEnvironment env) {
		Set<FieldGroup> groups = new java.util.HashSet<>();
		GraphQLType type = GraphQLTypeUtil.unwrapAll(env.getFieldType());
		for (Field field : env.getMergedField().getFields()) {
			walk(field.getSelectionSet(), type, env, groups);
		}
		boolean freeText = groups.remove(null);
		Set<FieldGroup> locations = EnumSet.noneOf(FieldGroup.class);
		locations.addAll(groups);
		return new Selected(locations, freeText);
	}

	/** Walks the selection; a null in {@code groups} stands for free text. */
	private static void walk(SelectionSet set, GraphQLType type, DataFetchingEnvironment env, Set<FieldGroup> groups) {
		if (set == null || !(type instanceof GraphQLFieldsContainer container)) {
			return;
		}
		for (Selection<?> selection : set.getSelections()) {
			if (selection instanceof DirectivesContainer<?> conditional && !included(conditional, env.getVariables())) {
				continue;
			}
			if (selection instanceof Field field) {
				GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
				if (definition != null) {
					add(definition, groups);
					walk(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()), env, groups);
				}
			}
			else if (selection instanceof InlineFragment inline) {
				walk(inline.getSelectionSet(), typeOf(inline.getTypeCondition(), type, env), env, groups);
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition fragment = env.getFragmentsByName().get(spread.getName());
				if (fragment != null) {
					walk(fragment.getSelectionSet(), typeOf(fragment.getTypeCondition(), type, env), env, groups);
				}
			}
		}
	}

	private static void add(GraphQLFieldDefinition definition, Set<FieldGroup> groups) {
		if (definition.getAppliedDirective(GuardVisitor.FREE_TEXT) != null) {
			groups.add(null);
		}
		GraphQLAppliedDirective group = definition.getAppliedDirective(GuardVisitor.FIELD_GROUP);
		if (group != null) {
			FieldGroup.fromId(group.getArgument("name").getValue()).filter(FieldGroup::location).ifPresent(groups::add);
		}
	}

	private static GraphQLType typeOf(TypeName condition, GraphQLType enclosing, DataFetchingEnvironment env) {
		return (condition != null) ? env.getGraphQLSchema().getType(condition.getName()) : enclosing;
	}

	/**
	 * {@code @skip(if:)} and {@code @include(if:)}, as graphql-java decides them; where a
	 * condition cannot be read the selection counts as made, so a location is never
	 * missed.
	 */
	private static boolean included(DirectivesContainer<?> element, Map<String, Object> variables) {
		for (Directive directive : element.getDirectives()) {
			Boolean condition = condition(directive, variables);
			if ("skip".equals(directive.getName()) && Boolean.TRUE.equals(condition)) {
				return false;
			}
			if ("include".equals(directive.getName()) && Boolean.FALSE.equals(condition)) {
				return false;
			}
		}
		return true;
	}

	private static Boolean condition(Directive directive, Map<String, Object> variables) {
		Argument argument = directive.getArgument("if");
		Value<?> value = (argument != null) ? argument.getValue() : null;
		if (value instanceof BooleanValue literal) {
			return literal.isValue();
		}
		if (value instanceof VariableReference variable && variables.get(variable.getName()) instanceof Boolean set) {
			return set;
		}
		return null;
	}

}
