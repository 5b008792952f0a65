package org.casebridge.gateway.access.enforcement;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * Stands in front of a value marked {@code @maskable}: shown masked when it sits beneath
 * a field whose group the caller sees masked (an SSN under {@code Identity.ssns}, a date
 * under {@code Identity.datesOfBirth}), as it is otherwise.
 */
final class MaskedValue implements DataFetcher<Object>, TrivialDataFetcher<Object> {

	private final DataFetcher<?> delegate;

	MaskedValue(DataFetcher<?> delegate) {
		this.delegate = delegate;
	}

	@Override
	public Object get(DataFetchingEnvironment env) throws Exception {
		Object value = this.delegate.get(env);
		Scope scope = Scope.of(env);
		if (scope == null || scope.masking() == null) {
			return value;
		}
		return Values.map(value, (v) -> Masks.apply(scope.masking(), v));
	}

}
