package org.casebridge.connector.change;

import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceException;

/**
 * An agency's feed of changes, read with a cursor the reader keeps. Reading is
 * idempotent: reading again from the same cursor returns the same changes, so a reader
 * that crashed before it stored its new cursor loses nothing and, keying on
 * {@link AgencyChange#eventId()}, applies nothing twice. Implementations are thread-safe
 * and non-blocking.
 */
public interface ChangeFeed {

	/** The agency whose changes these are. */
	Source source();

	/**
	 * The changes after {@code cursor}, oldest first.
	 * @param cursor a cursor from an earlier {@link ChangePage#cursor()}, or null for the
	 * start of the feed
	 * @param limit at most this many changes
	 * @return the page; a future failed with a {@link SourceException} when the agency
	 * could not be read (the cursor then stays where it was)
	 */
	CompletableFuture<ChangePage> read(String cursor, int limit);

}
