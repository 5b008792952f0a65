package org.casebridge.gateway.access.enforcement;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import graphql.execution.DataFetcherResult;
import reactor.core.publisher.Mono;

/** Applies a function to what a data fetcher returned, however it returned it. */
final class Values {

	private Values() {
	}

	@SuppressWarnings("unchecked")
	static Object map(Object fetched, Function<Object, Object> function) {
		if (fetched instanceof Mono<?> mono) {
			return mono.mapNotNull(function);
		}
		if (fetched instanceof CompletionStage<?> stage) {
			return stage.thenApply((value) -> map(value, function));
		}
		if (fetched instanceof DataFetcherResult<?> result) {
			Object mapped = function.apply(result.getData());
			if (mapped instanceof DataFetcherResult<?> inner) {
				return ((DataFetcherResult<Object>) inner).transform((builder) -> builder.errors(result.getErrors()));
			}
			return ((DataFetcherResult<Object>) result).map((data) -> mapped);
		}
		return function.apply(fetched);
	}

}
