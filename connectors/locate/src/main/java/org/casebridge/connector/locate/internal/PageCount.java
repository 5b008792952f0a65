package org.casebridge.connector.locate.internal;

import org.casebridge.connector.http.MalformedPayload;

/**
 * Checks a page's own account of where it is. A page that claims to be another page, or
 * announces more pages than we are willing to read, is refused: reading part of a
 * person's records and showing it as the whole would mislead a worker.
 */
final class PageCount {

	private PageCount() {
	}

	/** The announced number of pages, once checked. */
	static int check(Integer page, Integer totalPages, int requestedPage, int maxPages) {
		if (totalPages == null || totalPages < 0) {
			throw new MalformedPayload("a page without a valid totalPages");
		}
		if (page != null && page != requestedPage) {
			throw new MalformedPayload("page " + page + " when page " + requestedPage + " was asked for");
		}
		if (totalPages > maxPages) {
			throw new MalformedPayload(totalPages + " pages, more than the limit of " + maxPages);
		}
		return totalPages;
	}

}
