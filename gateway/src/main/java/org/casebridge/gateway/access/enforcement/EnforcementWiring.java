package org.casebridge.gateway.access.enforcement;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.TrivialDataFetcher;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;

import org.casebridge.connector.model.SupportCase;
import org.casebridge.gateway.access.AccessPolicy;
import org.casebridge.gateway.access.FederalTaxOffsets;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Connects enforcement to the schema: the guards in front of marked fields, the
 * {@code PartialDate} scalar masked dates of birth are written in, and the split of a
 * support case's collections and disbursements into ordinary ones and federal tax offsets
 * with what was disbursed from them, so that federal tax information is a field group of
 * its own and cannot be read off an ordinary ledger row.
 */
@Configuration(proxyBeanMethods = false)
class EnforcementWiring {

	@Bean
	GraphQlSourceBuilderCustomizer fieldGuards(AccessPolicy policy, PersonProtections protections) {
		return (builder) -> builder.typeVisitors(List.of(new GuardVisitor(policy, protections)));
	}

	@Bean
	RuntimeWiringConfigurer disclosureWiring() {
		return (wiring) -> wiring.scalar(partialDate())
			.type("SupportCase",
					(type) -> type.dataFetcher("payments", new Payments(false))
						.dataFetcher("taxOffsets", new Payments(true))
						.dataFetcher("disbursements", new Disbursements(false))
						.dataFetcher("taxOffsetDisbursements", new Disbursements(true)));
	}

	static GraphQLScalarType partialDate() {
		return GraphQLScalarType.newScalar()
			.name("PartialDate")
			.description("An ISO-8601 calendar date, or its year alone where masked.")
			.coercing(new Coercing<Object, String>() {

				@Override
				public String serialize(Object value, GraphQLContext context, Locale locale) {
					if (value instanceof LocalDate || value instanceof Year) {
						return value.toString();
					}
					throw new CoercingSerializeException("Expected a PartialDate.");
				}

				@Override
				public Object parseValue(Object input, GraphQLContext context, Locale locale) {
					return parse(String.valueOf(input), CoercingParseValueException::new);
				}

				@Override
				public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
						Locale locale) {
					if (input instanceof StringValue text) {
						return parse(text.getValue(), CoercingParseLiteralException::new);
					}
					throw new CoercingParseLiteralException("Expected a PartialDate string.");
				}

				private <E extends RuntimeException> Object parse(String text,
						java.util.function.Function<String, E> failure) {
					try {
						return (text.length() == 4) ? Year.parse(text) : LocalDate.parse(text);
					}
					catch (DateTimeParseException ex) {
						throw failure.apply("Not a valid PartialDate.");
					}
				}

			})
			.build();
	}

	/**
	 * A support case's disbursements: without, or only, those of federal tax offsets
	 * ({@link FederalTaxOffsets}).
	 */
	private record Disbursements(boolean federalTaxOffsets) implements DataFetcher<Object>, TrivialDataFetcher<Object> {

		@Override
		public Object get(graphql.schema.DataFetchingEnvironment env) {
			SupportCase supportCase = env.getSource();
			return supportCase.disbursements()
				.stream()
				.filter((disbursement) -> FederalTaxOffsets.disburses(disbursement,
						supportCase) == this.federalTaxOffsets)
				.toList();
		}

	}

	/** A support case's collections: without, or only, the federal tax offsets. */
	private record Payments(boolean federalTaxOffsets) implements DataFetcher<Object>, TrivialDataFetcher<Object> {

		@Override
		public Object get(graphql.schema.DataFetchingEnvironment env) {
			SupportCase supportCase = env.getSource();
			return supportCase.payments()
				.stream()
				.filter((payment) -> payment.federalTaxInformation() == this.federalTaxOffsets)
				.toList();
		}

	}

}
