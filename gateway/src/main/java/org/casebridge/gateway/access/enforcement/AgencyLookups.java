package org.casebridge.gateway.access.enforcement;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.casebridge.connector.Source;
import org.casebridge.connector.SourceOutcome;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.PersonSearch;

/**
 * The searches protections are decided with: records that could be the person, and the
 * members of a case (a search by case number lists every member with their flags). What
 * they answer is never shown.
 */
interface AgencyLookups {

	CompletableFuture<SourceOutcome<List<PersonRecord>>> search(Source source, PersonSearch criteria);

}
