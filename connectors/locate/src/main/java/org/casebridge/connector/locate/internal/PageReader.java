package org.casebridge.connector.locate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Reads pages one after another until the last one the agency announces, then combines
 * them. Sequential on purpose: the agency rate-limits per client, and a person's records
 * are few pages. The first failed page fails the whole read, with that page's exception
 * unwrapped; cancelling the result abandons the page in flight.
 *
 * @param <P> a decoded page
 * @param <R> the combined answer
 */
final class PageReader<P, R> {

	private final IntFunction<CompletableFuture<P>> fetch;

	private final ToIntFunction<P> totalPages;

	private final Function<List<P>, R> combine;

	private final List<P> pages = new ArrayList<>();

	private final CompletableFuture<R> result = new CompletableFuture<>();

	private final AtomicReference<CompletableFuture<P>> inFlight = new AtomicReference<>();

	private PageReader(IntFunction<CompletableFuture<P>> fetch, ToIntFunction<P> totalPages,
			Function<List<P>, R> combine) {
		this.fetch = fetch;
		this.totalPages = totalPages;
		this.combine = combine;
	}

	static <P, R> CompletableFuture<R> readAll(IntFunction<CompletableFuture<P>> fetch, ToIntFunction<P> totalPages,
			Function<List<P>, R> combine) {
		PageReader<P, R> reader = new PageReader<>(fetch, totalPages, combine);
		reader.result.whenComplete((value, error) -> {
			CompletableFuture<P> page = reader.inFlight.get();
			if (reader.result.isCancelled() && page != null) {
				page.cancel(true);
			}
		});
		reader.read(0);
		return reader.result;
	}

	private void read(int pageNumber) {
		if (this.result.isDone()) {
			return;
		}
		CompletableFuture<P> page = this.fetch.apply(pageNumber);
		this.inFlight.set(page);
		page.whenComplete((value, error) -> {
			if (error != null) {
				this.result.completeExceptionally(unwrap(error));
				return;
			}
			this.pages.add(value);
			if (pageNumber + 1 < this.totalPages.applyAsInt(value)) {
				read(pageNumber + 1);
				return;
			}
			try {
				this.result.complete(this.combine.apply(List.copyOf(this.pages)));
			}
			catch (RuntimeException ex) {
				this.result.completeExceptionally(ex);
			}
		});
	}

	private static Throwable unwrap(Throwable error) {
		return (error instanceof CompletionException && error.getCause() != null) ? error.getCause() : error;
	}

}
