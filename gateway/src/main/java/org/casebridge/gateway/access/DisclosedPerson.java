package org.casebridge.gateway.access;

import java.util.List;

import org.casebridge.connector.model.PaternityRecord;
import org.casebridge.connector.model.PersonRecord;
import org.casebridge.connector.model.RemovalEpisode;
import org.casebridge.connector.model.SupportCase;

/**
 * A person's view as assembled from every source, before any field is shown: what the
 * rules that depend on the person (the Family Violence Indicator, the limit on locating
 * for child welfare) are decided from. The view that answers {@code Query.person}
 * implements it.
 */
public interface DisclosedPerson {

	/** The person's own record at each source that answered, with its FVI flag. */
	List<PersonRecord> subjectRecords();

	List<SupportCase> support();

	List<RemovalEpisode> placements();

	List<PaternityRecord> paternity();

	/**
	 * Whether an agency that records the Family Violence Indicator could not be asked
	 * (not permitted) or did not answer, so the person's flag is unknown. Unknown counts
	 * as flagged.
	 */
	default boolean familyViolenceUnverified() {
		return false;
	}

}
