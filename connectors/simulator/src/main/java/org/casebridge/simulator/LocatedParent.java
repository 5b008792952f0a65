package org.casebridge.simulator;

import java.time.LocalDate;
import java.util.Set;

/**
 * A person the locate agency reports, in a family with a child in foster care or not,
 * with the change that announces the report. Ground truth for tests; none of it is served
 * over HTTP.
 *
 * @param kind the situation
 * @param personTruthId the person located
 * @param childTruthId the child the situation is about: the waiting child (for a parent
 * or relative of one), or the person's own child otherwise
 * @param code the locate agency's code for the change: NEW_HIRE or DMV_ADDRESS
 * @param subjectKey the person's locate subject key
 * @param recordId the locate record reported
 * @param effective the change's effective date (the hire date, or the day the DMV
 * reported the address)
 * @param reported the day the locate agency received the report
 * @param welfareWorkerEmail the worker assigned to the child's removal episode, or null
 * @param locationValues where the person can be found, as the locate agency serves it: no
 * alert may hold any of these
 */
public record LocatedParent(LocatedParentKind kind, String personTruthId, String childTruthId, String code,
		String subjectKey, String recordId, LocalDate effective, LocalDate reported, String welfareWorkerEmail,
		Set<String> locationValues) {

	public LocatedParent {
		locationValues = Set.copyOf(locationValues);
	}

}
