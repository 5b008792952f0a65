package org.casebridge.gateway.access.enforcement;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.schema.GraphQLScalarType;
import graphql.schema.Coercing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.casebridge.gateway.access.AccessPolicy;
import org.casebridge.gateway.access.PurposeNotPermittedException;
import org.casebridge.gateway.access.policy.Policy;
import org.casebridge.gateway.graphql.CodedException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The real schema with the real guards, answered from canned data instead of agencies, so
 * enforcement can be checked for every role and purpose in milliseconds.
 */
final class EnforcedSchema {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final GraphQlSource source;

	private final Policy policy;

	EnforcedSchema(Policy policy, Supplier<Object> person) {
		this(policy, person, (source, criteria) -> java.util.concurrent.CompletableFuture.completedFuture(
				org.casebridge.connector.SourceOutcome.answered(source, List.of(), java.time.Duration.ZERO, 1)));
	}

	/**
	 * @param lookups what the agencies answer to the protections' searches (possible
	 * matches, case members)
	 */
	EnforcedSchema(Policy policy, Supplier<Object> person, AgencyLookups lookups) {
		this.policy = policy;
		AccessPolicy access = (context) -> policy.grantsFor(context.roles(), context.purpose())
			.orElseThrow(PurposeNotPermittedException::new);
		EnforcementWiring wiring = new EnforcementWiring();
		this.source = GraphQlSource.schemaResourceBuilder()
			.schemaResources(schemaFiles())
			.configureRuntimeWiring((builder) -> {
				wiring.disclosureWiring().configure(builder);
				new org.casebridge.gateway.person.SectionWiring().personSections().configure(builder);
				builder.scalar(text("Date")).scalar(text("DateTime")).scalar(text("Money"));
				builder.type("Query", (type) -> type.dataFetcher("person", (env) -> person.get())
					.dataFetcher("searchPeople", (env) -> CannedPerson.search()));
			})
			.typeVisitors(List.of(new GuardVisitor(access, new PersonProtections(lookups))))
			.exceptionResolvers(List.of(DataFetcherExceptionResolver.forSingleError((ex, env) -> {
				if (ex instanceof CodedException coded) {
					return GraphqlErrorBuilder.newError(env)
						.message(coded.getMessage())
						.extensions(Map.of("code", coded.code().name()))
						.build();
				}
				return null;
			})))
			.build();
	}

	Policy policy() {
		return this.policy;
	}

	/**
	 * Runs a document as a caller holding {@code roles} (token names, e.g.
	 * support-worker).
	 */
	JsonNode execute(String document, Map<String, Object> variables, String... roles) {
		String[] authorities = java.util.Arrays.stream(roles)
			.map((r) -> "ROLE_" + r.toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
			.toArray(String[]::new);
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("tester", null, authorities));
		try {
			return json.valueToTree(this.source.graphQl()
				.execute(ExecutionInput.newExecutionInput(document).variables(variables).build())
				.toSpecification());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static Resource[] schemaFiles() {
		try {
			return new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GraphQLScalarType text(String name) {
		return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, String>() {

			@Override
			public String serialize(Object value, graphql.GraphQLContext context, java.util.Locale locale) {
				return (value instanceof java.math.BigDecimal amount) ? amount.setScale(2).toPlainString()
						: value.toString();
			}

		}).build();
	}

}
