package org.casebridge.gateway.graphql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The schema's scalars: {@code Date} (ISO calendar date; impossible dates such as
 * 2023-02-30 are refused), {@code DateTime} (ISO instant in UTC) and {@code Money}
 * (dollars as a two-place decimal string, so no amount is ever a binary float).
 */
@Configuration(proxyBeanMethods = false)
class Scalars {

	private static final int MAX_SCALAR_LENGTH = 40;

	@Bean
	RuntimeWiringConfigurer scalarWiring() {
		return (wiring) -> wiring.scalar(date()).scalar(dateTime()).scalar(money());
	}

	static GraphQLScalarType date() {
		return scalar("Date", "An ISO-8601 calendar date.", LocalDate.class, LocalDate::toString, LocalDate::parse);
	}

	static GraphQLScalarType dateTime() {
		return scalar("DateTime", "An ISO-8601 instant in UTC.", Instant.class, Instant::toString,
				(text) -> OffsetDateTime.parse(text).toInstant());
	}

	static GraphQLScalarType money() {
		return scalar("Money", "US dollars as a decimal string with two places.", BigDecimal.class,
				(amount) -> amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
				(text) -> new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY));
	}

	private static <T> GraphQLScalarType scalar(String name, String description, Class<T> type,
			Function<T, String> format, Function<String, T> parse) {
		return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<T, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (type.isInstance(value)) {
					return format.apply(type.cast(value));
				}
				throw new CoercingSerializeException("Expected a " + name + ".");
			}

			@Override
			public T parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof String text) {
					return parseText(text, CoercingParseValueException::new);
				}
				throw new CoercingParseValueException("Expected a " + name + " string.");
			}

			@Override
			public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (input instanceof StringValue text) {
					return parseText(text.getValue(), CoercingParseLiteralException::new);
				}
				throw new CoercingParseLiteralException("Expected a " + name + " string.");
			}

			private <E extends RuntimeException> T parseText(String text, Function<String, E> failure) {
				if (text.length() > MAX_SCALAR_LENGTH) {
					throw failure.apply("Not a valid " + name + ".");
				}
				try {
					return parse.apply(text);
				}
				catch (DateTimeParseException | ArithmeticException | NumberFormatException ex) {
					throw failure.apply("Not a valid " + name + ".");
				}
			}

		}).build();
	}

}
