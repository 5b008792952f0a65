package org.casebridge.gateway.limits;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import org.casebridge.gateway.graphql.CallerContext;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Introspection is decided per request, never by graphql-java's JVM-wide switch: only an
 * authenticated integrator may introspect, and with {@code casebridge.api.introspection}
 * off (the production profile) nobody may; a document cached for one caller changes
 * nothing for the next.
 */
class IntrospectionSwitchTests {

	private static final String INTROSPECTION = "{ __schema { queryType { name } } }";

	@Test
	void integratorsMayIntrospectWhenItIsOn() {
		GraphQL on = graphQl(true);

		assertThat(run(on, "ROLE_INTEGRATOR").getErrors()).isEmpty();
		assertThat(code(run(on, "ROLE_SUPPORT_WORKER"))).isEqualTo("FORBIDDEN");
		assertThat(code(run(on))).isEqualTo("FORBIDDEN");
	}

	@Test
	void nobodyMayIntrospectWhenItIsOff() {
		GraphQL off = graphQl(false);

		assertThat(code(run(off, "ROLE_INTEGRATOR"))).isEqualTo("FORBIDDEN");
		assertThat((Object) run(off, "ROLE_INTEGRATOR").getData()).isNull();
	}

	@Test
	void switchingOneGatewayOffLeavesAnotherOn() {
		GraphQL off = graphQl(false);
		GraphQL on = graphQl(true);

		assertThat(code(run(off, "ROLE_INTEGRATOR"))).isEqualTo("FORBIDDEN");
		assertThat(run(on, "ROLE_INTEGRATOR").getErrors()).isEmpty();
	}

	private static GraphQL graphQl(boolean introspection) {
		ApiProperties properties = new ApiProperties(10, 400, 25, 30, 3000, DataSize.ofKilobytes(32), introspection,
				DataSize.ofKilobytes(256),
				new ApiProperties.Concurrency(32, 512, Duration.ofSeconds(2), 16, 64, Duration.ofSeconds(30)));
		var schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { hello: String }"), RuntimeWiring.newRuntimeWiring().build());
		return GraphQL.newGraphQL(schema)
			.instrumentation(new ApiLimits(properties))
			.preparsedDocumentProvider(new DocumentCache(properties.documentCache().toBytes()))
			.build();
	}

	private static ExecutionResult run(GraphQL graphQl, String... authorities) {
		ExecutionInput.Builder input = ExecutionInput.newExecutionInput(INTROSPECTION);
		if (authorities.length > 0) {
			TestingAuthenticationToken caller = new TestingAuthenticationToken("caller", null, authorities);
			input.graphQLContext(Map.of(CallerContext.KEY, caller));
		}
		return graphQl.execute(input.build());
	}

	private static String code(ExecutionResult result) {
		List<?> errors = result.getErrors();
		assertThat(errors).hasSize(1);
		return String.valueOf(result.getErrors().get(0).getExtensions().get("code"));
	}

}
