package org.casebridge.gateway.limits;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCacheTests {

	private final AtomicInteger parsed = new AtomicInteger();

	private final Function<ExecutionInput, PreparsedDocumentEntry> parse = (input) -> {
		this.parsed.incrementAndGet();
		if (input.getQuery().contains("broken")) {
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("invalid").build());
		}
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	@Test
	void aDocumentIsParsedOnceAndTheSameEntryIsReturnedAfter() {
		DocumentCache cache = new DocumentCache(1_000);

		PreparsedDocumentEntry first = cache.getDocumentAsync(input("{ a }"), this.parse).join();
		PreparsedDocumentEntry second = cache.getDocumentAsync(input("{ a }"), this.parse).join();

		assertThat(this.parsed).hasValue(1);
		assertThat(second).isSameAs(first);
	}

	@Test
	void documentsThatDifferInAnyCharacterAreParsedSeparately() {
		DocumentCache cache = new DocumentCache(1_000);

		cache.getDocumentAsync(input("{ a }"), this.parse).join();
		cache.getDocumentAsync(input("{ a  }"), this.parse).join();

		assertThat(this.parsed).hasValue(2);
		assertThat(cache.size()).isEqualTo(2);
	}

	@Test
	void aRefusedDocumentIsNeverKept() {
		DocumentCache cache = new DocumentCache(1_000);

		PreparsedDocumentEntry first = cache.getDocumentAsync(input("{ broken }"), this.parse).join();
		cache.getDocumentAsync(input("{ broken }"), this.parse).join();

		assertThat(first.hasErrors()).isTrue();
		assertThat(this.parsed).hasValue(2);
		assertThat(cache.size()).isZero();
	}

	@Test
	void theCacheHoldsNoMoreTextThanItsBound() {
		DocumentCache cache = new DocumentCache(100);

		// fifty documents of eleven characters each
		for (int i = 10; i < 60; i++) {
			cache.getDocumentAsync(input("{ field" + i + " }"), this.parse).join();
		}

		assertThat(cache.size()).isBetween(1L, 100L / "{ field10 }".length());
	}

	private static ExecutionInput input(String query) {
		return ExecutionInput.newExecutionInput(query).build();
	}

}
