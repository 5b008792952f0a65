package org.casebridge.connector;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.model.PersonDetails;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;

/**
 * One agency system, reached over its own protocol. Implementations are thread-safe,
 * non-blocking (every call returns at once with a future completed by the HTTP client)
 * and read-only, so the gateway may retry any call.
 *
 * <p>
 * A future completes exceptionally with a {@link SourceException} that classifies the
 * failure; any other exception is treated by the gateway as {@link SourceState#ERROR}.
 */
public interface AgencyConnector {

	/** The agency this connector talks to. */
	Source source();

	/**
	 * Finds the agency's person records matching the criteria. The agency decides how
	 * loosely it matches; identity resolution in the gateway decides what the records
	 * mean. An empty list means the agency answered and holds no matching record.
	 */
	CompletableFuture<List<PersonRecord>> searchPeople(PersonSearch criteria);

	/**
	 * Everything the agency holds about one of its own person records.
	 * @param agencyPersonId the agency's own id, as returned in
	 * {@link PersonRecord#agencyPersonId()}
	 * @return the details, or a future failed with {@link SourceException.NotFound} if
	 * the agency has no such record
	 */
	CompletableFuture<PersonDetails> personDetails(String agencyPersonId);

}
