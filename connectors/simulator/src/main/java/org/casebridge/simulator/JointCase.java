package org.casebridge.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A situation in the population that child support and child welfare must act on
 * together, with the change that announces it and what a reader of both agencies should
 * conclude. Ground truth for tests; none of it is served over HTTP.
 *
 * @param kind what the situation is
 * @param subjectTruthId the person the situation is about (the child, or the deceased)
 * @param agency the agency whose change announces it
 * @param code the agency's code for that change
 * @param agencyPersonId the subject in that agency's ids
 * @param caseNumber the agency case the change belongs to
 * @param effective the day the change took effect
 * @param supportCaseNumber the support case concerned, or null
 * @param supportWorkerEmail the worker assigned to that support case, or null
 * @param welfareWorkerEmail the worker assigned to the child's removal episode, or null
 * @param since the day the situation began (the removal date, the signing date, the
 * discharge date)
 * @param amount the amount concerned (the disbursements to the former custodial party
 * since the removal, federal tax offsets excluded), or null
 */
public record JointCase(JointCaseKind kind, String subjectTruthId, Agency agency, String code, String agencyPersonId,
		String caseNumber, LocalDate effective, String supportCaseNumber, String supportWorkerEmail,
		String welfareWorkerEmail, LocalDate since, BigDecimal amount) {

}
