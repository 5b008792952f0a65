package org.casebridge.gateway.limits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

import org.casebridge.gateway.graphql.CallerContext;
import org.casebridge.gateway.graphql.ErrorCode;
import org.casebridge.gateway.graphql.Extensions;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The API's own protection, applied to every operation before any field is fetched (so
 * before any agency is called): the parser's token limit, depth, aliases and
 * introspection on the parsed document, and complexity on the normalized operation, where
 * every named fragment counts wherever it is spread and every alias counts as its own
 * field. The document's own limits are checked where it is parsed and validated, once per
 * distinct document ({@link DocumentCache}); whether the caller may introspect is checked
 * on every execution: introspection is answered only to authenticated integrators, and
 * never when {@code casebridge.api.introspection} is off.
 */
@Component
@EnableConfigurationProperties(ApiProperties.class)
class ApiLimits extends SimplePerformantInstrumentation {

	static final String INTEGRATOR = "ROLE_INTEGRATOR";

	private static final String DISCLOSURE_SCOPE = "disclosureScope";

	private static final int MAX_MESSAGE = 200;

	private final ApiProperties properties;

	/**
	 * Each operation's measure, kept while its document is (the document cache hands out
	 * the same parsed document for the same text) unless {@code @skip} or
	 * {@code @include} makes the measure depend on the variables. Normalizing a person
	 * view to measure it allocates more than executing it.
	 */
	private final Cache<OperationDefinition, Verdict> verdicts = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(10_000)
		.build();

	ApiLimits(ApiProperties properties) {
		this.properties = properties;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new ParseOutcome();
	}

	@Override
	public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return SimpleInstrumentationContext.whenCompleted((document, failure) -> {
			if (failure instanceof ParseCancelledException && state instanceof ParseOutcome outcome) {
				outcome.tooManyTokens = true;
			}
		});
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		DocumentShape shape = DocumentShape.of(parameters.getDocument());
		if (shape.depth() > this.properties.maxDepth()) {
			throw limit("depth", this.properties.maxDepth());
		}
		if (shape.aliases() > this.properties.maxAliases()) {
			throw limit("aliases", this.properties.maxAliases());
		}
		if (shape.expandedFields() > 4L * this.properties.maxComplexity()) {
			throw limit("complexity", this.properties.maxComplexity());
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		OperationDefinition definition = context.getOperationDefinition();
		Verdict verdict = this.verdicts.getIfPresent(definition);
		if (verdict == null) {
			verdict = measure(context);
			if (!Conditionals.in(context.getDocument())) {
				this.verdicts.put(definition, verdict);
			}
		}
		if (verdict.introspects() && !mayIntrospect(CallerContext.authentication(context.getGraphQLContext()))) {
			throw abort(ErrorCode.FORBIDDEN, "Introspection is not available.", Map.of());
		}
		if (verdict.complexity() > this.properties.maxComplexity()) {
			throw limit("complexity", this.properties.maxComplexity());
		}
		return SimpleInstrumentationContext.noOp();
	}

	private Verdict measure(ExecutionContext context) {
		ExecutableNormalizedOperation operation;
		try {
			operation = context.getNormalizedQueryTree().get();
		}
		catch (AbortExecutionException ex) {
			return new Verdict(Long.MAX_VALUE, false);
		}
		GraphQLSchema schema = context.getGraphQLSchema();
		long complexity = 0;
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			complexity += complexity(field, schema);
		}
		return new Verdict(complexity, introspects(operation));
	}

	/**
	 * Whether the operation, as it will run (fragments spread, skipped fields left out),
	 * asks for the schema: {@code __schema} and {@code __type} exist only on the query
	 * root.
	 */
	private static boolean introspects(ExecutableNormalizedOperation operation) {
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			if ("__schema".equals(field.getName()) || "__type".equals(field.getName())) {
				return true;
			}
		}
		return false;
	}

	private long complexity(ExecutableNormalizedField field, GraphQLSchema schema) {
		if (field.getName().startsWith("__")) {
			return 1;
		}
		long cost = 1;
		for (GraphQLFieldDefinition definition : field.getFieldDefinitions(schema)) {
			if (definition.getAppliedDirective(DISCLOSURE_SCOPE) != null) {
				cost += this.properties.disclosureCost();
				break;
			}
		}
		for (ExecutableNormalizedField child : field.getChildren()) {
			cost += complexity(child, schema);
		}
		return cost;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof ParseOutcome outcome && outcome.tooManyTokens) {
			return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
				.addError(error(ErrorCode.LIMIT_EXCEEDED, "The document is too large.",
						Extensions.of("limit", "tokens", "max", this.properties.maxTokens())))
				.build());
		}
		List<ValidationError> invalid = result.getErrors()
			.stream()
			.filter(ValidationError.class::isInstance)
			.map(ValidationError.class::cast)
			.toList();
		if (!invalid.isEmpty()) {
			boolean mayIntrospect = mayIntrospect(
					CallerContext.authentication(parameters.getExecutionInput().getGraphQLContext()));
			return CompletableFuture.completedFuture(
					ExecutionResult.newExecutionResult().addError(invalidDocument(invalid, mayIntrospect)).build());
		}
		return CompletableFuture.completedFuture(result);
	}

	/**
	 * One error for a document that failed validation, however many ways it failed: a
	 * document repeating one mistake five hundred times gets one short answer, not a page
	 * of them. Only a caller who may read the schema is told what the validator said; it
	 * names the schema's types and fields, so everyone else gets a generic message with
	 * the kind of problem ({@code extensions.validation}) and where the first one is.
	 */
	private static GraphQLError invalidDocument(List<ValidationError> invalid, boolean mayIntrospect) {
		ValidationError first = invalid.get(0);
		String message = mayIntrospect ? truncate(first.getDescription()) : "The document is not valid for this API.";
		Map<String, Object> extensions = new java.util.LinkedHashMap<>();
		extensions.put("code", ErrorCode.BAD_REQUEST.name());
		extensions.put("validation", String.valueOf(first.getValidationErrorType()));
		extensions.put("problems", invalid.size());
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorCode.BAD_REQUEST)
			.message(message)
			.locations((first.getLocations() != null && !first.getLocations().isEmpty())
					? List.of(first.getLocations().get(0)) : null)
			.extensions(extensions)
			.build();
	}

	private static String truncate(String text) {
		String value = (text != null) ? text : "The document is not valid.";
		return (value.length() <= MAX_MESSAGE) ? value : value.substring(0, MAX_MESSAGE) + "…";
	}

	/**
	 * Whether the caller may read the schema: introspection and the validator's words.
	 */
	private boolean mayIntrospect(org.springframework.security.core.Authentication caller) {
		return this.properties.introspection() && CallerContext.holds(caller, INTEGRATOR);
	}

	private AbortExecutionException limit(String limit, int max) {
		return abort(ErrorCode.LIMIT_EXCEEDED, "The operation exceeds the " + limit + " limit of " + max + ".",
				Extensions.of("limit", limit, "max", max));
	}

	private static AbortExecutionException abort(ErrorCode code, String message, Map<String, Object> extensions) {
		return new AbortExecutionException(List.of(error(code, message, extensions)));
	}

	private static GraphQLError error(ErrorCode code, String message, Map<String, Object> extensions) {
		return code.error(message, extensions);
	}

	/** An operation's complexity, and whether it asks for the schema. */
	private record Verdict(long complexity, boolean introspects) {
	}

	/** Whether the parser gave up on the document's size. */
	private static final class ParseOutcome implements InstrumentationState {

		private volatile boolean tooManyTokens;

	}

}
