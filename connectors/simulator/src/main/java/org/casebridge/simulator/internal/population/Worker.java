package org.casebridge.simulator.internal.population;

/** An agency's caseworker: who to call about a case. */
public record Worker(String name, String office, String phone, String email) {

}
