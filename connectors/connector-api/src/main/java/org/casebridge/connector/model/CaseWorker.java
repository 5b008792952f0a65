package org.casebridge.connector.model;

/** The agency worker assigned to a case: who to call. */
public record CaseWorker(String name, String office, String phone, String email) {

}
