package org.casebridge.gateway.access.enforcement;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.casebridge.gateway.access.AccessPolicy;
import org.casebridge.gateway.access.FieldGroup;

/**
 * Puts the guards in front of the data fetchers of the fields the schema marks: the
 * schema alone says what is protected, so a field added with a directive is protected
 * without any code. A directive naming an unknown field group stops the gateway from
 * starting.
 */
final class GuardVisitor extends GraphQLTypeVisitorStub {

	static final String FIELD_GROUP = "fieldGroup";

	static final String MASKABLE = "maskable";

	static final String DISCLOSURE_SCOPE = "disclosureScope";

	static final String FREE_TEXT = "freeText";

	private final AccessPolicy policy;

	private final PersonProtections protections;

	GuardVisitor(AccessPolicy policy, PersonProtections protections) {
		this.policy = policy;
		this.protections = protections;
	}

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		if (!(context.getParentNode() instanceof GraphQLObjectType parent)) {
			return TraversalControl.CONTINUE;
		}
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
		DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
		GraphQLAppliedDirective group = field.getAppliedDirective(FIELD_GROUP);
		if (field.getAppliedDirective(DISCLOSURE_SCOPE) != null) {
			registry.dataFetcher(coordinates, new ScopeGuard(fetcher, this.policy, this.protections));
		}
		else if (group != null) {
			String name = group.getArgument("name").getValue();
			FieldGroup fieldGroup = FieldGroup.fromId(name)
				.orElseThrow(() -> new IllegalStateException(
						"schema field " + coordinates + " names unknown field group '" + name + "'"));
			boolean scalar = GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType;
			registry.dataFetcher(coordinates, FieldGuard.of(fieldGroup, fetcher, scalar));
		}
		else if (field.getAppliedDirective(FREE_TEXT) != null) {
			registry.dataFetcher(coordinates, new FreeTextGuard(fetcher));
		}
		else if (field.getAppliedDirective(MASKABLE) != null) {
			registry.dataFetcher(coordinates, new MaskedValue(fetcher));
		}
		return TraversalControl.CONTINUE;
	}

}
