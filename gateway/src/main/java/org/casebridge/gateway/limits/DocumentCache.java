package org.casebridge.gateway.limits;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parses and validates each distinct document once. Caseworker screens and integrators
 * send the same few documents over and over, with only the variables changing; parsing
 * and validating a sixty-field person view costs more CPU than everything else the
 * gateway does for it.
 * <p>
 * Only documents that parsed and validated cleanly are kept, keyed by their exact text; a
 * refused document (a syntax error, a validation error, a limit in {@link ApiLimits}) is
 * parsed again every time it is sent, so hostile or broken documents cannot fill the
 * cache. The cache is bounded by the total length of the documents it holds, evicting the
 * least useful first. What a cached entry stands for depends only on the text and the
 * schema, both fixed for the life of the process; everything that depends on the caller
 * (introspection, the access policy, the purpose of use) is checked on every execution.
 */
final class DocumentCache implements PreparsedDocumentProvider {

	private final Cache<String, PreparsedDocumentEntry> documents;

	/**
	 * @param maxCharacters the most document text, in characters, held at once; at least
	 * as large as the largest request, so that any acceptable document fits
	 */
	DocumentCache(long maxCharacters) {
		this.documents = Caffeine.newBuilder()
			.maximumWeight(maxCharacters)
			.weigher((String query, PreparsedDocumentEntry entry) -> query.length())
			.build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		PreparsedDocumentEntry known = this.documents.getIfPresent(query);
		if (known != null) {
			return CompletableFuture.completedFuture(known);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			this.documents.put(query, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** How many documents are held, for tests and metrics. */
	long size() {
		this.documents.cleanUp();
		return this.documents.estimatedSize();
	}

}
