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

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operation's complexity is measured once per cached document, except where
 * {@code @skip} or {@code @include} let the variables change it.
 */
class ComplexityVerdictTests {

	private static final String MANY = "many { a b c d e f g h i j k }";

	private final GraphQL graphQl = graphQl();

	@Test
	void aRefusedOperationIsRefusedEveryTimeItIsSent() {
		String document = "query { " + MANY + " }";

		assertThat(code(run(document, Map.of()))).isEqualTo("LIMIT_EXCEEDED");
		assertThat(code(run(document, Map.of()))).isEqualTo("LIMIT_EXCEEDED");
	}

	@Test
	void anOperationWhoseSizeDependsOnItsVariablesIsMeasuredEachTime() {
		String included = "query($all: Boolean!) { hello " + MANY.replace("many", "many @include(if: $all)") + " }";
		String skipped = "query($few: Boolean!) { hello ...F } fragment F on Query { "
				+ MANY.replace("many", "many @skip(if: $few)") + " }";

		assertThat(run(included, Map.of("all", false)).getErrors()).isEmpty();
		assertThat(code(run(included, Map.of("all", true)))).isEqualTo("LIMIT_EXCEEDED");
		assertThat(run(skipped, Map.of("few", true)).getErrors()).isEmpty();
		assertThat(code(run(skipped, Map.of("few", false)))).isEqualTo("LIMIT_EXCEEDED");
	}

	@Test
	void anAcceptedOperationStaysAccepted() {
		assertThat(run("query { hello many { a } }", Map.of()).getErrors()).isEmpty();
		assertThat(run("query { hello many { a } }", Map.of()).getErrors()).isEmpty();
	}

	private ExecutionResult run(String document, Map<String, Object> variables) {
		return this.graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
	}

	private static GraphQL graphQl() {
		ApiProperties properties = new ApiProperties(10, 10, 25, 30, 3000, DataSize.ofKilobytes(32), false,
				DataSize.ofKilobytes(256),
				new ApiProperties.Concurrency(32, 512, Duration.ofSeconds(2), 16, 64, Duration.ofSeconds(30)));
		var schema = new SchemaGenerator()
			.makeExecutableSchema(new SchemaParser().parse("type Query { hello: String many: [Item] } "
					+ "type Item { a: String b: String c: String d: String e: String f: String g: String h: String "
					+ "i: String j: String k: String }"), RuntimeWiring.newRuntimeWiring().build());
		return GraphQL.newGraphQL(schema)
			.instrumentation(new ApiLimits(properties))
			.preparsedDocumentProvider(new DocumentCache(properties.documentCache().toBytes()))
			.build();
	}

	private static String code(ExecutionResult result) {
		List<?> errors = result.getErrors();
		assertThat(errors).hasSize(1);
		return String.valueOf(result.getErrors().get(0).getExtensions().get("code"));
	}

}
