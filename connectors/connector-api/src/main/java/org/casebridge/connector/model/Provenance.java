package org.casebridge.connector.model;

import java.time.Instant;
import java.util.Objects;

import org.casebridge.connector.Source;

/**
 * Where a value came from.
 *
 * @param source the agency system
 * @param recordId the agency's own id of the record holding the value
 * @param asOf when the agency recorded or last updated it (null if the agency does not
 * say)
 * @param retrievedAt when CaseBridge read it from the agency
 */
public record Provenance(Source source, String recordId, Instant asOf, Instant retrievedAt) {

	public Provenance {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(recordId, "recordId");
		Objects.requireNonNull(retrievedAt, "retrievedAt");
	}

}
